using System.Text.RegularExpressions;
using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.References;

/// <summary>
/// «УТВЕРЖДЕНЫ постановлением Главного государственного санитарного врача Российской Федерации от 07.07.2009 N 47»,
/// «УТВЕРЖДЕН И ВВЕДЕН В ДЕЙСТВИЕ Приказом Федерального агентства по техническому регулированию и метрологии от … N 1285-ст»,
/// «Утверждены Главным государственным санитарным врачом Российской Федерации 07.07.2009» → approval metadata.
/// </summary>
internal static partial class ApprovalStatements
{
    public static IEnumerable<ApprovalRecord> Find(PrefaceText text)
    {
        for (var match = Approved().Match(text.Folded); match.Success; match = match.NextMatch())
        {
            var from = match.Index + match.Length;
            var act = text.Within(from, Math.Min(text.Folded.Length, from + 20)).FirstOrDefault(d => IsApprovingAct(d.Designation));
            if (act is not null)
            {
                var designation = act.Designation;
                yield return new ApprovalRecord
                {
                    Issuer = designation.Issuer ?? "",
                    ApprovedOn = designation.Date,
                    Number = designation.Number,
                    ApprovingCanonical = designation.Canonical,
                    Evidence = text.Slice(match.Index, act.End),
                    Position = match.Index,
                };
                continue;
            }

            if (ByDoctor().Match(text.Folded, from) is { Success: true } doctor)
            {
                yield return new ApprovalRecord
                {
                    Issuer = "Главного государственного санитарного врача РФ",
                    ApprovedOn = RussianDates.Parse(doctor.Groups["date"].Value),
                    Evidence = text.Slice(match.Index, doctor.Index + doctor.Length),
                    Position = match.Index,
                };
            }
        }
    }

    private static bool IsApprovingAct(Designation designation) => designation.Family is DesignationFamily.SanitaryDoctorDecree
        or DesignationFamily.MinistryOrder or DesignationFamily.GovernmentDecree or DesignationFamily.FederalLaw;

    [GeneratedRegex(@"(?i:утвержден\p{L}{0,2}(?:\s+и\s+введен\p{L}{0,2}\s+в\s+действие)?)\s*:?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Approved();

    [GeneratedRegex(@"\G(?:Главным\s+государственным\s+санитарным\s+врачом\s+(?:Российской\s+Федерации|РФ)[^\n\d]{0,80}?)(?<date>\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\s+\p{L}+\s+\d{4})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ByDoctor();
}
