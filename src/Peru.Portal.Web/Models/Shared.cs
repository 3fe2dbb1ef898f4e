using Peru.Portal.Web.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

/// <summary>A source document, linked from every figure that comes from it.</summary>
public sealed record SourceView(string Key, string Title, string Publisher, string Date, string? Note, string Path, bool IsUndated)
{
    /// <summary>Undated sources say so in their own language ("not dated", "non daté", "sin fecha", as the table has it); the words are content, kept as written.</summary>
    public static SourceView From(Language language, Source source) =>
        new(source.Key, source.Title, source.Publisher, source.Date, source.Note, $"{Addresses.Country(language, source.CountrySlug)}#source-{source.Key}",
            string.Equals(source.Date, language.Formats.Undated, StringComparison.OrdinalIgnoreCase));

    public string Citation => IsUndated ? $"{Publisher}, {Title} ({Date})" : $"{Publisher}, {Title}, {Date}";
}

/// <summary>A figure as a reader sees it: the value written out, what it counts, its year and its source.</summary>
public sealed record FigureView(string Value, string Label, string? Year, SourceView? Source)
{
    public static FigureView From(Language language, Figure figure, string? year, SourceView? source) =>
        new(Formats.Figure(language, figure.Value, figure.Unit, null, figure.Qualifier), figure.Label, year, source);
}

public sealed record ThemeLink(string Slug, string Title, string Path)
{
    public static ThemeLink From(Language language, Theme theme) => new(theme.Slug, theme.Title, Addresses.Theme(language, theme.CountrySlug, theme.Slug));
}

public sealed record AchievementLink(string Title, string Path, string FiscalYear, string ThemeTitle)
{
    public static AchievementLink From(Language language, Achievement a, IReadOnlyDictionary<string, Theme> themes) =>
        new(a.Title, Addresses.Achievement(language, a.CountrySlug, a.FiscalYear, a.Slug), Formats.FiscalYear(language, a.FiscalYear), themes.TryGetValue(a.ThemeSlug, out var t) ? t.Title : a.ThemeSlug);
}

/// <summary>A project in a table: its new funding announced and that funding's period; the note tells an increase and the total value.</summary>
public sealed record ProjectLink(string Title, string Path, string Amount, string? AmountNote, string Period, string Implementer, bool Regional)
{
    public static ProjectLink From(Language language, Project p, Microsoft.Extensions.Localization.IStringLocalizer<FundingText> money) =>
        new(p.Title, Addresses.Project(language, p.CountrySlug, p.Slug), FundingText.Amount(language, p), FundingText.Note(language, p, money), FundingText.Period(language, p), p.Implementer, p.Regional);
}

public static class Sources
{
    public static IReadOnlyDictionary<string, SourceView> Of(Language language, Country country) =>
        country.Sources.ToDictionary(s => s.Key, s => SourceView.From(language, s), StringComparer.Ordinal);

    public static SourceView? Find(this IReadOnlyDictionary<string, SourceView> sources, string? key) =>
        key is not null && sources.TryGetValue(key, out var source) ? source : null;
}

/// <summary>Links to a page's figures as open data, the same rows for spreadsheets, and what each field means.</summary>
/// <remarks><c>IatiPath</c> is the country's IATI activity file, beside the projects' data only.</remarks>
public sealed record OpenDataLinks(string Dataset, string Description, string CsvPath, string JsonPath, string? IatiPath = null)
{
    public required string SpreadsheetPath { get; init; }

    public required string DefinitionsPath { get; init; }

    /// <summary>Where the field definitions describe the IATI file's elements.</summary>
    public string? IatiDefinitionsPath { get; init; }

    public static OpenDataLinks For(Language language, PageChrome chrome, string dataset, string description)
    {
        var country = chrome.Country!.Slug;
        var iati = dataset == "projects";
        return new(dataset, description, Addresses.DataFile(language, country, dataset, "csv"), Addresses.DataFile(language, country, dataset, "json"),
            iati ? Addresses.IatiFile(language, country) : null)
        {
            SpreadsheetPath = Addresses.SpreadsheetFile(language, country, dataset),
            DefinitionsPath = FieldDefinitionsPage.Anchor(language, country, dataset),
            IatiDefinitionsPath = iati ? FieldDefinitionsPage.Anchor(language, country, "iati") : null,
        };
    }
}
