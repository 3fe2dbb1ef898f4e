using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Cli;

/// <summary>What a new page is made of: the kind's folder, its title, and what its front matter needs.</summary>
public sealed record NewPage(string Kind, string Slug, string? Year, string? Title, string? Theme, string? Reference, int Order, bool Publishable);

/// <summary>
/// The files <c>new</c> writes: one per language, front matter filled in with what the content already knows (the
/// theme, the source, the next order) and every value the editor must write marked <c>Todo</c>. A page of a kind that
/// can be a draft is written as one, valid, so it can be previewed; a theme, which cannot, is written with
/// <c>order: Todo</c>, which the validator refuses, so it is not imported before the editor has finished it.
/// </summary>
public static class NewPageTemplates
{
    // Not "TODO": the validator takes a word in capitals for an abbreviation and asks for it in the glossary.
    public const string Placeholder = "Todo";

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The file's path below the country folder, in <paramref name="language"/>.</summary>
    public static string RelativePath(NewPage page, Language language, LanguageTable languages) => page.Kind switch
    {
        "achievement" => $"achievements/{page.Year}/{page.Slug}{language.FileSuffix(languages)}",
        "project" => $"projects/{page.Slug}{language.FileSuffix(languages)}",
        _ => $"themes/{page.Slug}{language.FileSuffix(languages)}",
    };

    public static string Write(NewPage page, Language language, LanguageTable languages)
    {
        var isDefault = language == languages.Default;
        var inLanguage = isDefault ? "" : $" in {language.EnglishName}";
        var lines = new List<string> { "---" };
        if (isDefault)
        {
            lines.Add(page.Publishable
                ? $"# A new {page.Kind}: replace every {Placeholder}, check it in preview, then remove 'draft: true' (or set publish_at) to publish it with its twins."
                : $"# A new {page.Kind}: replace every {Placeholder}; the portal refuses 'order: {Placeholder}', so nothing is published before it is a number.");
            if (page.Publishable)
            {
                lines.Add("draft: true");
            }
        }
        else
        {
            lines.Add($"# The {language.EnglishName} twin of {RelativePath(page, languages.Default, languages)}: replace every {Placeholder}; it is published with it.");
            lines.Add($"# {Placeholder}: add 'slug: ...', the address word{inLanguage} (until then the address uses \"{page.Slug}\").");
        }

        lines.Add($"title: {Quote(isDefault && page.Title is not null ? page.Title : $"{Placeholder}: the title{inLanguage}")}");
        lines.AddRange(page.Kind switch
        {
            "achievement" => Achievement(page),
            "project" => Project(page, inLanguage),
            _ => Theme(inLanguage),
        });
        lines.Add("---");
        lines.Add($"{Placeholder}: the text{inLanguage}, from the source, in the portal's own words.");
        return string.Join('\n', lines) + "\n";
    }

    private static IEnumerable<string> Achievement(NewPage page) =>
    [
        $"fiscal_year: {page.Year}",
        $"theme: {page.Theme}",
        $"order: {N(page.Order)}",
        $"reference: {page.Reference}",
        $"# {Placeholder}: the figures the source gives, the same numbers in every language, or remove these lines:",
        "# figures:",
        "#   - label: what was counted",
        "#     value: 500",
    ];

    private static IEnumerable<string> Project(NewPage page, string inLanguage)
    {
        var year = N(DateTime.UtcNow.Year);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            $"# {Placeholder}: every number and date below is a stand-in; write the source's, the same in every language.",
            "funding:",
            "  amount: 1",
            "  currency: CAD",
            $"  duration: {Quote($"{Placeholder}: the duration{inLanguage}")}",
            $"  start_year: {year}",
            $"  end_year: {year}",
            $"implementer: {Quote($"{Placeholder}: the implementer{inLanguage}")}",
            $"theme: {page.Theme}",
            "location:",
            $"  - {Quote($"{Placeholder}: a place{inLanguage}")}",
            "regional: false",
            "announcement:",
            $"  by: {Quote($"{Placeholder}: who announced it{inLanguage}")}",
            $"  event: {Quote($"{Placeholder}: at what{inLanguage}")}",
            $"  place: {Quote($"{Placeholder}: where{inLanguage}")}",
            $"  start_date: {today}",
            $"  end_date: {today}",
            $"reference: {page.Reference}",
        ];
    }

    private static IEnumerable<string> Theme(string inLanguage) =>
    [
        $"summary: {Quote($"{Placeholder}: one sentence{inLanguage}")}",
        $"# {Placeholder}: the theme's place in the list of themes, a whole number, the same in every language.",
        $"order: {Placeholder}",
    ];

    // A JSON string is a YAML double-quoted scalar: a title with ':' or '#' in it stays one piece of text.
    private static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
