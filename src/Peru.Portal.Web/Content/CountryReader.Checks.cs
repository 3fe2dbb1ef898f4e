using System.Globalization;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>The checks that need every file of the country in one language: references, themes, each kind's own, aliases.</summary>
internal sealed partial class CountryReader
{
    private void CrossCheck()
    {
        var sourceKeys = Country?.Sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal) ?? [];
        if (Country is not null)
        {
            foreach (var (path, line, key) in _references.Where(r => !sourceKeys.Contains(r.Key)))
            {
                Problems.Add(new(path, line, $"reference '{key}' is not a source id in {folderName}/country.md (known: {string.Join(", ", sourceKeys.Order())})"));
            }
        }

        var themes = Content.Themes.Where(t => t.CountrySlug == Slug && t.Language == Code).ToList();
        var themeSlugs = themes.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);

        // Files name a theme by its English slug, which is its file name; an item in another language is then filed
        // under that language's slug of the same theme.
        var slugByKey = themes.ToDictionary(t => t.Key, t => t.Slug, StringComparer.Ordinal);
        foreach (var (path, line, theme) in _themeRefs.Where(r => !themeSlugs.Contains(r.Theme) && !slugByKey.ContainsKey(r.Theme)))
        {
            Problems.Add(new(path, line, $"theme '{theme}' does not exist: add {folderName}/themes/{theme}.md or use one of {string.Join(", ", slugByKey.Keys.Order())}"));
        }

        foreach (var kind in context.Kinds.All)
        {
            kind.Check?.Invoke(this);
        }

        CheckAliases();
    }

    /// <summary>Reports each item after the first whose <paramref name="key"/> another item of the country already has.</summary>
    public void Duplicates<T>(IEnumerable<T> items, Func<T, string> key, string what, string lineKey = "slug")
        where T : class
    {
        foreach (var group in items.GroupBy(key).Where(g => g.Count() > 1))
        {
            var found = group.Select(item => origins[item]).ToList();
            var names = string.Join(", ", found.Select(o => o.File.RelativePath));
            foreach (var (file, fm) in found.Skip(1))
            {
                Problems.Add(new(file.RelativePath, fm.LineOfKey(lineKey), $"{what} '{group.Key}' is used by more than one file ({names})"));
            }
        }
    }

    /// <summary>The items of one type this reader's country has in its language.</summary>
    public IEnumerable<T> Mine<T>()
        where T : IContentItem =>
        Content.Rows<T>().Where(x => x.CountrySlug == Slug && x.Language == Code);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void CheckAliases()
    {
        var live = LiveAddresses();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, line, alias, target) in _aliases)
        {
            if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal) || alias.Any(c => c > 127 || char.IsWhiteSpace(c) || c is '?' or '#' or '\\'))
            {
                Problems.Add(new(path, line, $"alias \"{alias}\" must be an absolute address on this site, such as /en/{Slug}/achievements/2011-2012/old-slug"));
            }
            else if (live.Contains(alias.TrimEnd('/')))
            {
                Problems.Add(new(path, line, $"alias \"{alias}\" is the address of a page that exists; an alias must be an old address no page uses"));
            }
            else if (!seen.TryAdd(alias.TrimEnd('/'), path))
            {
                Problems.Add(new(path, line, $"alias \"{alias}\" is also listed in {seen[alias.TrimEnd('/')]}; an old address can lead to one page only"));
            }
            else
            {
                Content.Aliases.Add(new PageAlias { Path = alias.TrimEnd('/').ToLowerInvariant(), TargetPath = target });
            }
        }
    }

    private HashSet<string> LiveAddresses()
    {
        var live = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Addresses.Home(language) };
        foreach (var kind in context.Kinds.All)
        {
            live.UnionWith(kind.LiveAddresses(Content, language, Slug));
        }

        return live;
    }
}
