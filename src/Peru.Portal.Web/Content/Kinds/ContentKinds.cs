namespace Peru.Portal.Web.Content.Kinds;

/// <summary>
/// The kinds of content the portal reads, in the order a file's path is tried against their patterns (the first that
/// matches reads it) and the order their pages, search documents and checks come in. Adding a kind is its
/// declaration here, its entity, repository, controller and view, and its content.
/// </summary>
internal sealed class ContentKinds(IEnumerable<ContentKind> kinds)
{
    public static ContentKinds Builtin { get; } = new(
    [
        CountryKind.Declaration,
        SectionKinds.Program,
        SectionKinds.AidEffectiveness,
        SectionKinds.Relations,
        SectionKinds.Disbursements,
        SectionKinds.Evaluation,
        SectionKinds.Glossary,
        ThemeKind.Declaration,
        FiscalYearKind.Declaration,
        AchievementKind.Declaration,
        ProjectKind.Declaration,
        RecommendationKind.Declaration,
        MapKind.Declaration,
    ]);

    public IReadOnlyList<ContentKind> All { get; } = [.. kinds];

    /// <summary>These kinds and one more, tried last.</summary>
    public ContentKinds With(ContentKind kind) => new([.. All, kind]);

    /// <summary>The kind whose pattern a path matches first, with the values it matched, or null for a file outside the content model.</summary>
    public (ContentKind Kind, IReadOnlyDictionary<string, string> Values)? Match(string path)
    {
        foreach (var kind in All)
        {
            if (kind.Match(path) is { } values)
            {
                return (kind, values);
            }
        }

        return null;
    }
}
