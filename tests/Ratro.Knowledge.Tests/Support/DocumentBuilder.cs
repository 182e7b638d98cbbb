using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Support;

/// <summary>Builds document editions for search tests: a designation, facts and clauses, defaults for the rest.</summary>
public sealed class DocumentBuilder
{
    private readonly NormativeDocument document;
    private int ordinal;

    private DocumentBuilder(string designation, string language)
    {
        document = new NormativeDocument
        {
            Designation = designation,
            Canonical = designation,
            Slug = Slugs.ForCanonical(designation),
            Language = language,
            Type = DocumentType.Other,
            Status = DocumentStatus.InForce,
            Access = AccessLevel.Public,
            IsCurrentEdition = true,
        };
    }

    public static DocumentBuilder Ru(string designation) => new(designation, "ru");

    public static DocumentBuilder En(string designation) => new(designation, "en");

    public DocumentBuilder Canonical(string canonical)
    {
        document.Canonical = canonical;
        document.Slug = Slugs.ForCanonical(canonical);
        return this;
    }

    public DocumentBuilder Alias(params string[] aliases)
    {
        document.Aliases.AddRange(aliases);
        return this;
    }

    public DocumentBuilder Title(string title)
    {
        if (document.Language == "ru")
        {
            document.TitleRu = title;
        }
        else
        {
            document.TitleEn = title;
        }

        return this;
    }

    public DocumentBuilder Type(DocumentType type) => With(d => d.Type = type);

    public DocumentBuilder Status(DocumentStatus status) => With(d => d.Status = status);

    public DocumentBuilder Issuer(string issuer) => With(d => d.Issuer = issuer);

    public DocumentBuilder Jurisdiction(string jurisdiction) => With(d => d.Jurisdiction = jurisdiction);

    public DocumentBuilder Ics(params string[] codes) => With(d => d.IcsCodes.AddRange(codes));

    public DocumentBuilder Access(AccessLevel access) => With(d => d.Access = access);

    public DocumentBuilder Draft() => With(d => d.State = PublicationState.Draft);

    public DocumentBuilder Effective(string date) => With(d => d.EffectiveOn = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    public DocumentBuilder Withdrawn(string date) => With(d => d.WithdrawnOn = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    public DocumentBuilder Edition(string label, string date, bool current) => With(d =>
    {
        d.Edition = label;
        d.EditionDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        d.IsCurrentEdition = current;
    });

    public DocumentBuilder Clause(string number, string text, string? heading = null, int? page = null, int? pageEnd = null)
    {
        document.Clauses.Add(new Clause
        {
            DocumentId = document.Id,
            Ordinal = ordinal++,
            Number = number,
            Key = ClauseKeys.Normalize(number),
            Heading = heading,
            Text = text,
            PageStart = page,
            PageEnd = pageEnd ?? page,
        });
        return this;
    }

    public NormativeDocument Build() => document;

    private DocumentBuilder With(Action<NormativeDocument> change)
    {
        change(document);
        return this;
    }
}
