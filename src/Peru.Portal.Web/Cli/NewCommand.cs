using System.CommandLine;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Content.Kinds;

namespace Peru.Portal.Web.Cli;

/// <summary><c>new achievement|project|theme</c>: writes a new page and its twins in every language, ready to edit.</summary>
public static class NewCommand
{
    public static Command Create() => new("new", "write a new achievement, project or theme with its twins in every language, ready to edit")
    {
        Kind(AchievementKind.Declaration, year: true, theme: true),
        Kind(ProjectKind.Declaration, year: false, theme: true),
        Kind(ThemeKind.Declaration, year: false, theme: false),
    };

    private static Command Kind(ContentKind kind, bool year, bool theme)
    {
        var content = CommandLine.ContentOption();
        var slug = new Option<string>("--slug") { Description = "the page's file name and English address word", HelpName = "SLUG", Required = true };
        var title = new Option<string>("--title") { Description = "the title in the default language", HelpName = "TEXT" };
        var country = new Option<string>("--country") { Description = "the country's folder (default: the only one)", HelpName = "FOLDER" };
        var command = new Command(kind.Name, $"write a new {kind.Noun} in every language") { content, slug, title, country };
        var yearOption = new Option<string>("--year") { Description = "the fiscal year, for example 2011-2012", HelpName = "YYYY-YYYY", Required = true };
        var themeOption = new Option<string>("--theme") { Description = "the theme's file name (default: the first theme)", HelpName = "THEME" };
        var reference = new Option<string>("--reference") { Description = "the source's id in country.md (default: the first source)", HelpName = "SOURCE" };
        if (year)
        {
            command.Add(yearOption);
        }

        if (theme)
        {
            command.Add(themeOption);
            command.Add(reference);
        }

        command.SetAction(parsed => Run(
            new Request(kind, parsed.GetValue(content), parsed.GetRequiredValue(slug), year ? parsed.GetValue(yearOption) : null, parsed.GetValue(title),
                theme ? parsed.GetValue(themeOption) : null, theme ? parsed.GetValue(reference) : null, parsed.GetValue(country)),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    private sealed record Request(ContentKind Kind, string? Content, string Slug, string? Year, string? Title, string? Theme, string? Reference, string? Country);

    private static int Run(Request request, TextWriter output, TextWriter error)
    {
        if (!Slugs.IsValid(request.Slug))
        {
            error.WriteLine($"--slug '{request.Slug}' is not a slug: use lower-case ASCII words joined by '-', for example safer-mining");
            return 2;
        }

        if (request.Year is { } year && !FiscalYears.IsValid(year))
        {
            error.WriteLine($"--year '{year}' is not a fiscal year: write YYYY-YYYY with consecutive years, for example 2011-2012");
            return 2;
        }

        var root = CommandLine.ContentRoot(request.Content, CommandLine.InvocationDirectory());
        if (!Directory.Exists(root))
        {
            error.WriteLine($"{root}: content folder not found");
            return 2;
        }

        var countries = Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "country.md"))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var folder = request.Country ?? (countries.Count == 1 ? countries[0] : null);
        if (folder is null || !countries.Contains(folder, StringComparer.Ordinal))
        {
            error.WriteLine(request.Country is null
                ? $"{root}: {countries.Count} countries ({string.Join(", ", countries)}): name one with --country"
                : $"--country '{request.Country}' has no {Path.Combine(root, request.Country, "country.md")}; countries: {string.Join(", ", countries)}");
            return 2;
        }

        var countryFolder = Path.Combine(root, folder);
        var loaded = CommandLine.Load(root);
        var languages = loaded.Content.Languages;
        if (request.Year is { } fiscalYear && !File.Exists(Path.Combine(countryFolder, "achievements", fiscalYear, "index.md")))
        {
            error.WriteLine($"fiscal year {fiscalYear} does not exist: add {Path.Combine(countryFolder, "achievements", fiscalYear, "index.md")} first (see the content guide)");
            return 1;
        }

        // What the content already has: the new page names a theme and a source that exist, and comes last in its list.
        var english = languages.Default.Code;
        var country = loaded.Content.Countries.FirstOrDefault(c => c.Language == english && (c.Key == folder || c.Slug == folder));
        var themes = loaded.Content.Themes.Where(t => t.Language == english && t.CountrySlug == country?.Slug).OrderBy(t => t.Order).Select(t => t.Key).ToList();
        var sources = country?.Sources.OrderBy(s => s.Order).Select(s => s.Key).ToList() ?? [];
        if (request.Theme is { } named && !themes.Contains(named, StringComparer.Ordinal))
        {
            error.WriteLine($"--theme '{named}' is not a theme of {folder}; themes: {string.Join(", ", themes)}");
            return 2;
        }

        if (request.Reference is { } source && !sources.Contains(source, StringComparer.Ordinal))
        {
            error.WriteLine($"--reference '{source}' is not a source in {Path.Combine(countryFolder, "country.md")}; sources: {string.Join(", ", sources)}");
            return 2;
        }

        var order = request.Kind == AchievementKind.Declaration
            ? loaded.Content.Achievements.Where(a => a.Language == english && a.CountrySlug == country?.Slug && a.FiscalYear == request.Year).Select(a => a.Order).DefaultIfEmpty(0).Max() + 1
            : 0;
        var page = new NewPage(request.Kind.Name, request.Slug, request.Year, request.Title, request.Theme ?? themes.FirstOrDefault() ?? NewPageTemplates.Placeholder,
            request.Reference ?? sources.FirstOrDefault() ?? NewPageTemplates.Placeholder, order, request.Kind.Publishable);

        var files = languages.All.Select(l => (Language: l, Path: Path.Combine(countryFolder, NewPageTemplates.RelativePath(page, l, languages)))).ToList();
        if (files.FirstOrDefault(f => File.Exists(f.Path)) is { Path: not null } existing)
        {
            error.WriteLine($"{existing.Path}: already exists; nothing written (choose another --slug, or edit that file)");
            return 1;
        }

        foreach (var (language, path) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // CreateNew: a file that appeared since the check above is never overwritten.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(NewPageTemplates.Write(page, language, languages));
            output.WriteLine(path);
        }

        output.WriteLine(page.Publishable
            ? $"{files.Count} files written as a draft: replace every {NewPageTemplates.Placeholder}, see the page in preview, then remove 'draft: true' to publish it"
            : $"{files.Count} files written: replace every {NewPageTemplates.Placeholder}; until 'order' is a number the content does not validate and nothing is published");
        return 0;
    }
}
