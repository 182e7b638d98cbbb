namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>English word lists and templates in the style of IEC, IAEA and AAPM documents.</summary>
internal static class EnglishVocabulary
{
    private static readonly string[] RateValues = ["0.3", "0.5", "1.0", "2.5", "6.0", "10", "20"];

    private static readonly string[] Tests =
    [
        "Output constancy", "Beam symmetry", "Beam flatness", "Light/radiation field coincidence", "Laser localization",
        "Optical distance indicator", "Gantry isocentre", "Couch position indicators",
    ];

    private static readonly string[] Areas = ["Control room", "Adjacent office", "Corridor", "Waiting room", "Room above the bunker"];

    private static readonly string[] Instruments = ["Reference ionization chamber", "Field chamber", "Survey meter", "Electrometer"];

    public static readonly SyntheticVocabulary Instance = new()
    {
        SectionTitles =
        [
            "Scope", "General requirements", "Responsibilities", "Shielding design", "Radiation monitoring", "Individual monitoring",
            "Quality control of treatment units", "Reference dosimetry", "Treatment planning", "Protection of patients",
            "Sealed source management", "Incident response", "Acceptance testing and commissioning", "Periodic tests", "Records",
        ],
        SubsectionTitles =
        [
            "General", "Daily tests", "Monthly tests", "Annual tests", "Dose rate measurements", "Interlocks and warning signals",
            "Measuring instruments", "Documentation", "Training of staff", "Imaging systems", "Mechanical checks",
        ],
        Clauses =
        [
            "The dose rate outside the treatment room shielding shall not exceed {rate} in areas occupied by radiation workers.",
            "Output constancy of the {device} shall be checked {freq}; the tolerance relative to the baseline value is {tol}.",
            "The effective dose to an occupationally exposed worker shall not exceed 20 mSv per year averaged over five consecutive years, and 50 mSv in any single year.",
            "The effective dose to a member of the public shall not exceed 1 mSv in a year.",
            "Light and radiation field coincidence shall be verified {freq} for a {field} field; the edges shall agree within {mm}.",
            "Personal dosimeters shall be exchanged and read out at least once every {period}.",
            "The {instrument} shall be calibrated at a secondary standards dosimetry laboratory at intervals not exceeding {period_long}.",
            "Before clinical use of the linear accelerator, dose rates shall be measured at {points} points around the room at the highest energy of {energy}.",
            "Results of radiation monitoring shall be recorded and kept for at least {years}.",
            "If the investigation level of {rate} is exceeded, treatment shall stop until the cause has been found and corrected.",
            "The activity of the {nuclide} source loaded in the afterloader shall not exceed {activity}.",
            "The difference between delivered and planned dose shall not exceed {tol} for reference conditions.",
            "The isocentre of gantry, collimator and couch rotation shall lie within a sphere of {mm} diameter.",
            "The door interlock shall terminate irradiation within {seconds} of the door being opened.",
            "Shielding shall be designed for a workload of {workload} with realistic use and occupancy factors.",
            "No patient shall be treated before the treatment plan has been checked by a medical physicist.",
            "Laser alignment with the isocentre shall be within {mm}.",
            "Beam flatness for {energy} shall remain within {tol} of the baseline over the central 80 % of the field.",
            "Collimator leakage shall not exceed {leak} of the dose rate on the central axis.",
            "Emergency stop buttons shall be tested {freq} and the result entered in the log.",
            "Absorbed dose to water in reference conditions shall be determined with an ionization chamber calibrated in terms of absorbed dose to water.",
            "The monitor chamber reading shall agree with an independent measurement within {tol}.",
            "Jaw position indicators shall be accurate within {mm} for a {field} field.",
            "The imaging and treatment isocentres shall coincide within {mm} for image guided treatments.",
            "Dose rate at {dist} from the surface of the source container shall not exceed {rate}.",
        ],
        Intros =
        [
            "This section applies to every facility that uses radiation sources for medical purposes.",
            "The tests of this section supplement those prescribed by the manufacturer of the equipment.",
        ],
        Notes =
        [
            "NOTE: Investigation levels are set by the licensee below the applicable limits.",
            "NOTE: For photon beams above 10 MV the neutron contribution is included in the measurement.",
            "NOTE: Tolerances refer to baseline values established at commissioning.",
        ],
        Footnotes =
        [
            "The value applies to occupationally exposed workers.",
            "For photon energies above 10 MV, neutron dose rates are measured in addition.",
            "Baseline values are those measured at commissioning or after the latest calibration.",
            "Measurements are made with an instrument calibrated for the radiation quality concerned.",
        ],
        AnnexTitles =
        [
            "Records of quality control tests", "Example of a shielding calculation", "Measurement points around the treatment room",
            "Test procedures", "Reference data for beam calibration",
        ],
        RequirementTitles =
        [
            "Responsibilities of the licensee", "Safety assessment", "Protection of workers", "Justification of medical exposures",
            "Calibration of sources and equipment", "Dosimetry of patients", "Quality assurance programme", "Unintended and accidental medical exposures",
            "Records", "Radiation protection programme",
        ],
        Requirements =
        [
            "The licensee shall ensure that the {device} is operated only by staff trained for the purpose.",
            "The licensee shall establish a programme of quality assurance covering equipment, procedures and staff.",
            "The medical physicist shall verify the calibration of every beam before clinical use.",
            "The radiation protection officer shall review individual monitoring results at least once every {period}.",
            "The licensee shall investigate any treatment in which the delivered dose differs from the prescription by more than {tol}.",
        ],
        SyntheticReferences =
        [
            "See {designation}, clause {clause}.",
            "The procedure of {designation}, clause {clause}, applies.",
            "Tolerances are those of {designation}, clause {clause}.",
        ],
        RealReferences =
        [
            new("Reference dosimetry shall follow IAEA TRS-398.", "IAEA TRS-398"),
            new("Tolerances are consistent with AAPM TG-142.", "AAPM TG-142"),
            new("Dose limits follow ICRP Publication 103.", "ICRP Publication 103"),
            new("The accelerator shall meet IEC 60601-2-1.", "IEC 60601-2-1:2020"),
            new("Requirements of IAEA GSR Part 3 for medical exposure apply.", "IAEA GSR Part 3"),
            new("Dose prescription and reporting follow ICRU Report 83.", "ICRU Report 83"),
            new("Coordinates and scales follow IEC 61217.", "IEC 61217:2011"),
        ],
        Tables =
        [
            new("Tolerances for periodic tests", ["Test", "Tolerance", "Frequency"], r => [r.Pick(Tests), Slot(r, "tol"), Slot(r, "freq")]),
            new("Dose rate constraints", ["Area", "Occupancy", "Dose rate (µSv/h)"], r => [r.Pick(Areas), r.Pick(["full", "partial", "occasional"]), r.Pick(RateValues)]),
            new("Calibration intervals", ["Instrument", "Interval", "Remark"], r => [r.Pick(Instruments), r.Pick(["1 year", "2 years"]), r.Pick(["SSDL calibration", "cross-calibration", "—"])]),
        ],
        Slots = new Dictionary<string, Func<SyntheticRandom, string>>(StringComparer.Ordinal)
        {
            ["rate"] = r => r.Pick(RateValues) + " µSv/h",
            ["tol"] = r => r.Pick(["±1 %", "±2 %", "±3 %", "±5 %", "±0.5 %"]),
            ["freq"] = r => r.Pick(["daily", "weekly", "monthly", "quarterly", "annually", "before the first treatment of the day"]),
            ["device"] = r => r.Pick(["linear accelerator", "cobalt-60 unit", "orthovoltage unit", "tomotherapy unit"]),
            ["field"] = r => r.Pick(["5 cm × 5 cm", "10 cm × 10 cm", "20 cm × 20 cm"]),
            ["mm"] = r => r.Pick(["1 mm", "1.5 mm", "2 mm", "3 mm"]),
            ["period"] = r => r.Pick(["month", "three months"]),
            ["period_long"] = r => r.Pick(["one year", "two years"]),
            ["instrument"] = r => r.Pick(["reference ionization chamber", "clinical dosimeter", "survey meter", "electrometer"]),
            ["points"] = r => r.Between(5, 14).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["energy"] = r => r.Pick(["6 MV", "10 MV", "15 MV", "18 MV", "12 MeV"]),
            ["dist"] = r => r.Pick(["0.5 m", "1 m", "2 m"]),
            ["years"] = r => r.Pick(["5 years", "10 years", "30 years"]),
            ["nuclide"] = r => r.Pick(["Ir-192", "Co-60"]),
            ["activity"] = r => r.Pick(["185 GBq", "370 GBq", "440 GBq"]),
            ["seconds"] = r => r.Pick(["1 s", "2 s", "3 s"]),
            ["workload"] = r => r.Pick(["500 Gy per week", "750 Gy per week", "1000 Gy per week"]),
            ["leak"] = r => r.Pick(["0.1 %", "0.5 %"]),
        },
        TableWord = "Table",
        AnnexLetters = ["A", "B", "C", "D", "E"],
    };

    private static string Slot(SyntheticRandom random, string name) => Instance.Slots[name](random);
}
