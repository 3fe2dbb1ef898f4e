using System.Text.Json;
using System.Text.Json.Serialization;

namespace Peru.Portal.Web.Localization;

/// <summary>
/// The portal's languages: <c>languages.json</c>, built into the assembly, then whatever configuration adds under
/// <c>Portal:Languages</c> (an entry with a known code changes that language; a new code adds one). Addresses,
/// toggles, alternates, formats, the sitemap, feeds, open data, search, the export and the parity check all read
/// this table: adding a language is an entry, its resources and its content.
/// </summary>
public sealed partial class LanguageTable
{
    public const string Section = "Portal:Languages";

    private readonly Dictionary<string, Language> _byCode;
    private IReadOnlyList<(PathString Home, Language Language)>? _homes;

    public LanguageTable(IEnumerable<Language> languages)
    {
        All = [.. languages];
        if (All.Count == 0)
        {
            throw new InvalidOperationException("languages.json: the portal needs at least one language");
        }

        _byCode = All.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in table, for commands and tests that run without a host's configuration.</summary>
    public static LanguageTable Builtin { get; } = new(ReadBuiltin());

    /// <summary>In the order pages offer them: official languages first.</summary>
    public IReadOnlyList<Language> All { get; }

    /// <summary>The language of files without a suffix, and of <c>/</c> when the browser prefers none of them.</summary>
    public Language Default => All[0];

    public Language? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var language) ? language : null;

    public Language Get(string code) => Find(code) ?? throw new InvalidOperationException($"no language '{code}' in languages.json");

    /// <summary>Each language's home (<c>/fr</c>); a page under one may write the language cookie.</summary>
    public IReadOnlyList<(PathString Home, Language Language)> Homes => _homes ??= [.. All.Select(l => (new PathString($"/{l.Code}"), l))];

    /// <summary>The language whose home <paramref name="path"/> is under, or null (<c>/sitemap.xml</c>).</summary>
    public Language? HomeOf(PathString path)
    {
        foreach (var (home, language) in Homes)
        {
            if (path.StartsWithSegments(home))
            {
                return language;
            }
        }

        return null;
    }

    /// <summary>The language an address is in, from its first segment (<c>/fr/…</c>); the default otherwise.</summary>
    public Language Of(PathString path)
    {
        var value = path.Value ?? "";
        var end = value.IndexOf('/', 1);
        var first = end < 0 ? value.TrimStart('/') : value[1..end];
        return Find(first) ?? Default;
    }

    /// <summary>The other languages, as a page in <paramref name="language"/> offers them: official ones first (Canada.ca's toggle), then the rest.</summary>
    public IReadOnlyList<Language> OthersThan(Language language) =>
        [.. All.Where(l => l != language).OrderByDescending(l => l.Official)];

    public static LanguageTable From(IConfiguration configuration)
    {
        var languages = ReadBuiltin();
        foreach (var entry in configuration.GetSection(Section).GetChildren())
        {
            var code = entry["Code"];
            if (string.IsNullOrWhiteSpace(code))
            {
                throw new InvalidOperationException($"{entry.Path}: a language needs a Code");
            }

            var existing = languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
            var language = existing ?? new Language();
            entry.Bind(language);
            if (existing is null)
            {
                Validate(language, entry.Path, languages[0]);
                languages.Add(language);
            }
        }

        return new LanguageTable(languages);
    }

    private static void Validate(Language language, string where, Language model)
    {
        if (string.IsNullOrWhiteSpace(language.Culture) || string.IsNullOrWhiteSpace(language.Name))
        {
            throw new InvalidOperationException($"{where}: language '{language.Code}' needs a Culture and a Name");
        }

        if (model.Words.Keys.FirstOrDefault(k => !language.Words.ContainsKey(k)) is { } missing)
        {
            throw new InvalidOperationException($"{where}: language '{language.Code}' has no address word '{missing}'");
        }
    }

    private static List<Language> ReadBuiltin()
    {
        using var stream = typeof(LanguageTable).Assembly.GetManifestResourceStream("Peru.Portal.Web.languages.json")
            ?? throw new InvalidOperationException("languages.json is not built into the assembly");
        var file = JsonSerializer.Deserialize(stream, LanguagesJson.Default.LanguagesFile) ?? throw new InvalidOperationException("languages.json is empty");
        return file.Languages;
    }

    private sealed class LanguagesFile
    {
        public List<Language> Languages { get; set; } = [];
    }

    /// <summary>
    /// The file's reader made at build time: the table is read before anything else at start, and System.Text.Json's
    /// reflection reader would first build its converters and emit its accessors while the content waits for it.
    /// </summary>
    [JsonSerializable(typeof(LanguagesFile))]
    private sealed partial class LanguagesJson : JsonSerializerContext;
}
