namespace Peru.Portal.Web.Data;

// The store's rows double as the content model the loader builds: the importer writes exactly what the
// files say, so a separate set of domain classes would only be copied field by field.

/// <summary>A row one content file gives, in one language of one country: what the kinds' pages, search and twin check share.</summary>
public interface IContentItem
{
    string Language { get; }

    /// <summary>The item's identity in every language, linking it to its twins.</summary>
    string Key { get; }

    string CountrySlug { get; }

    DateOnly DateModified { get; }
}

public sealed class Country : IContentItem
{
    public int Id { get; set; }

    /// <summary>"en" or "fr": every row belongs to one language; its twin has the same <c>Key</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The item's identity in both languages (its English file name), linking it to its twin.</summary>
    public string Key { get; set; } = "";

    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string ContextHtml { get; set; }
    public required string ContextText { get; set; }
    public DateOnly DateModified { get; set; }

    /// <summary>The country's ISO 3166-1 alpha-2 code (<c>iso_code:</c>), which names it as a recipient in the IATI file.</summary>
    public string? IsoCode { get; set; }

    public List<Source> Sources { get; set; } = [];
    public List<KeyFigure> KeyFigures { get; set; } = [];

    string IContentItem.CountrySlug => Slug;
}

public sealed class Source
{
    public int Id { get; set; }

    /// <summary>"en" or "fr": every row belongs to one language; its twin has the same <c>Key</c>.</summary>
    public string Language { get; set; } = "en";

    public required string CountrySlug { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public required string Publisher { get; set; }
    public required string Date { get; set; }
    public string? Note { get; set; }
    public int Order { get; set; }
}

public sealed class KeyFigure
{
    /// <summary>"more than", "some", "at least": how exact the published figure is.</summary>
    public string? Qualifier { get; set; }

    public int Id { get; set; }

    public string Language { get; set; } = "en";
    public required string CountrySlug { get; set; }
    public int Order { get; set; }
    public required string Label { get; set; }
    public decimal Value { get; set; }
    public required string Unit { get; set; }
    public required string Year { get; set; }
    public required string SourceKey { get; set; }
}

/// <summary>A page of prose with no list behind it: thematic focus, aid effectiveness, relations, disbursements, evaluation.</summary>
public sealed class SectionPage : IContentItem
{
    public int Id { get; set; }

    /// <summary>"en" or "fr": every row belongs to one language; its twin has the same <c>Key</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The item's identity in both languages (its English file name), linking it to its twin.</summary>
    public string Key { get; set; } = "";

    public required string CountrySlug { get; set; }
    public required string Kind { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public string? Goal { get; set; }
    public string? SourceKey { get; set; }
    public string? PeriodFrom { get; set; }
    public string? PeriodTo { get; set; }
    public required string BodyHtml { get; set; }
    public required string BodyText { get; set; }

    /// <summary>The body's headings, from the Markdown tree at import: a page's table of contents.</summary>
    public List<SectionHeading> Headings { get; set; } = [];

    public DateOnly DateModified { get; set; }
}

public sealed class SectionHeading
{
    public int Level { get; set; }
    public required string Id { get; set; }
    public required string Text { get; set; }
}

public sealed class Theme : IContentItem
{
    public int Id { get; set; }

    /// <summary>"en" or "fr": every row belongs to one language; its twin has the same <c>Key</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The item's identity in both languages (its English file name), linking it to its twin.</summary>
    public string Key { get; set; } = "";

    public required string CountrySlug { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public int Order { get; set; }
    public List<string> AnticipatedResults { get; set; } = [];
    public required string BodyHtml { get; set; }
    public required string BodyText { get; set; }
    public DateOnly DateModified { get; set; }
}

public sealed class FiscalYear : IContentItem
{
    public int Id { get; set; }

    /// <summary>"en" or "fr": every row belongs to one language; its twin has the same <c>Key</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The item's identity in both languages (its English file name), linking it to its twin.</summary>
    public string Key { get; set; } = "";

    public required string CountrySlug { get; set; }
    public required string Year { get; set; }
    public required string Summary { get; set; }
    public required string BodyHtml { get; set; }
    public required string BodyText { get; set; }
    public DateOnly DateModified { get; set; }
}

public sealed class Achievement : IContentItem
{
    public int Id { get; set; }

    /// <summary>"en" or "fr": every row belongs to one language; its twin has the same <c>Key</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The item's identity in both languages (its English file name), linking it to its twin.</summary>
    public string Key { get; set; } = "";

    public required string CountrySlug { get; set; }
    public required string FiscalYear { get; set; }
    public required string ThemeSlug { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }
    public string? ResultsPeriod { get; set; }
    public required string SourceKey { get; set; }
    public List<Figure> Figures { get; set; } = [];

    /// <summary>Slugs of the departments of the country's map the source names for this result (<c>departments:</c>).</summary>
    public List<string> Departments { get; set; } = [];
    public required string BodyHtml { get; set; }
    public required string BodyText { get; set; }
    public DateOnly DateModified { get; set; }

    /// <summary>Corrections published under the text, oldest first.</summary>
    public List<PageCorrection> Corrections { get; set; } = [];
}

public sealed class Figure
{
    /// <summary>"more than", "some", "at least": how exact the published figure is.</summary>
    public string? Qualifier { get; set; }

    public required string Label { get; set; }
    public decimal Value { get; set; }
    public string? Unit { get; set; }
}

public sealed class TradeFigure
{
    /// <summary>"more than", "some", "at least": how exact the published figure is.</summary>
    public string? Qualifier { get; set; }

    public int Id { get; set; }

    public string Language { get; set; } = "en";
    public required string CountrySlug { get; set; }
    public int Order { get; set; }
    public required string Label { get; set; }
    public decimal Value { get; set; }
    public required string Unit { get; set; }
    public string? Currency { get; set; }
    public required string Year { get; set; }
    public required string SourceKey { get; set; }
}

public sealed class TimelineEvent
{
    public int Id { get; set; }

    /// <summary>"en" or "fr": every row belongs to one language; its twin has the same <c>Key</c>.</summary>
    public string Language { get; set; } = "en";

    public required string CountrySlug { get; set; }
    public int Order { get; set; }
    public required string Date { get; set; }
    public required string Text { get; set; }
    public required string SourceKey { get; set; }
}

public sealed class Disbursement
{
    public int Id { get; set; }

    /// <summary>"en" or "fr": every row belongs to one language; its twin has the same <c>Key</c>.</summary>
    public string Language { get; set; } = "en";

    public required string CountrySlug { get; set; }
    public int Order { get; set; }
    public required string FiscalYear { get; set; }
    public required string Source { get; set; }
    public decimal Amount { get; set; }
    public required string Unit { get; set; }
    public required string Currency { get; set; }
}

public sealed class Recommendation : IContentItem
{
    public int Id { get; set; }

    /// <summary>"en" or "fr": every row belongs to one language; its twin has the same <c>Key</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The item's identity in both languages (its English file name), linking it to its twin.</summary>
    public string Key { get; set; } = "";

    public required string CountrySlug { get; set; }
    public required string Slug { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public List<Commitment> Commitments { get; set; } = [];
    public List<string> ResponsibilityCentres { get; set; } = [];
    public List<TargetDate> TargetDates { get; set; } = [];
    public required string BodyHtml { get; set; }
    public required string BodyText { get; set; }
    public DateOnly DateModified { get; set; }
}

public sealed class Commitment
{
    public required string Centre { get; set; }
    public required string Text { get; set; }
}

public sealed class TargetDate
{
    public required string Centre { get; set; }
    public required string Date { get; set; }
}

/// <summary>An address a page used to have; it answers a permanent redirect to <see cref="TargetPath"/>.</summary>
public sealed class PageAlias
{
    public required string Path { get; set; }
    public required string TargetPath { get; set; }
}

/// <summary>One row that says the store holds a complete import, and of what.</summary>
/// <summary>One published page: its address, language, twin key and date, for the sitemap, the toggle and the export.</summary>
public sealed class PublishedPage
{
    public required string Path { get; set; }
    public required string Language { get; set; }
    public required string Key { get; set; }
    public DateOnly DateModified { get; set; }

    /// <summary>The title its share image shows (the country's when the page has no title of its own in content).</summary>
    public string ShareTitle { get; set; } = "";

    /// <summary>The key figure its share image shows, written out, if the page has one.</summary>
    public string? ShareFigure { get; set; }
}

public sealed class ImportRecord
{
    public int Id { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public int FileCount { get; set; }

    /// <summary>What was imported (<see cref="Content.ContentFingerprint"/>): a restart on the same files and the same
    /// build reuses the store instead of importing again.</summary>
    public string ContentFingerprint { get; set; } = "";
}
