using Peru.Portal.Web.Content;
using Peru.Portal.Web.Content.Kinds;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Tests.Content;

/// <summary>
/// A kind declared here, and nowhere in the portal, is read by the loader, checked for twins and published by the
/// page catalog: adding a kind is its declaration.
/// </summary>
public sealed class ContentKindsTests
{
    private const string NoteFile = "peru/notes/field-visit.md";

    // The fixture's languages without the ones still being written, so that only the note can cause a problem.

    private sealed class Note : IContentItem
    {
        public string Language { get; init; } = "";
        public string Key { get; init; } = "";
        public string CountrySlug { get; init; } = "";
        public string Title { get; init; } = "";
        public DateOnly DateModified { get; init; }
    }

    private static readonly ContentKind<Note> Notes = new()
    {
        Name = "note",
        Pattern = "notes/{name}.md",
        Read = (r, file, match) =>
        {
            if (r.Open(file) is not { } fm)
            {
                return;
            }

            r.Render(file);
            r.Aliases(fm, file, $"{Addresses.Country(r.Language, r.Slug)}/notes/{match["name"]}");
            var note = new Note { Language = r.Code, Key = match["name"], CountrySlug = r.Slug, Title = fm.Text("title") ?? "", DateModified = r.DateModified(file, fm) };
            r.Content.Rows<Note>().Add(r.Track(file, fm, note.Key, note));
        },
        Address = (language, country, note) => $"{Addresses.Country(language, country)}/notes/{note.Key}",
    };

    private static ContentLoadResult Load(BrokenContent content, ContentKinds kinds) =>
        new ContentLoader(new MarkdownRenderer(), LanguageTable.Builtin) { Kinds = kinds }.Load(content.Root);

    private static void WriteNote(BrokenContent content, string path, string title) =>
        content.Write(path, $"---\ntitle: {title}\ndate_modified: 2024-05-01\n---\nThe team met the community.\n");

    [Fact]
    public void UndeclaredKind_IsAFileOutsideTheContentModel()
    {
        using var content = new BrokenContent();
        WriteNote(content, NoteFile, "Field visit");

        var problem = Assert.Single(Load(content, ContentKinds.Builtin).Problems);

        Assert.Equal(NoteFile, problem.Path);
        Assert.Contains("not part of the content model", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredKind_IsReadAndItsMissingTwinIsReported_WithoutChangingTheLoader()
    {
        using var content = new BrokenContent();
        WriteNote(content, NoteFile, "Field visit");

        var result = Load(content, ContentKinds.Builtin.With(Notes));

        Assert.Equal(
            [(NoteFile, 1, "this note has no French twin: add peru/notes/field-visit.fr.md"), (NoteFile, 1, "this note has no Spanish twin: add peru/notes/field-visit.es.md")],
            result.Problems.Select(p => (p.Path, p.Line, p.Message)));
        Assert.Equal("Field visit", Assert.Single(result.Content.Rows<Note>()).Title);
    }

    [Fact]
    public void DeclaredKind_WithItsTwin_IsInThePageCatalogInEveryLanguage_UnderOneKey()
    {
        using var content = new BrokenContent();
        WriteNote(content, NoteFile, "Field visit");
        WriteNote(content, "peru/notes/field-visit.fr.md", "Visite de terrain");
        WriteNote(content, "peru/notes/field-visit.es.md", "Visita de campo");

        var result = Load(content, ContentKinds.Builtin.With(Notes));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var pages = PageCatalog.From(result.Content).Where(p => p.Key == "note:peru/field-visit").ToList();
        Assert.Equal(["/en/peru/notes/field-visit", "/es/peru/notes/field-visit", "/fr/perou/notes/field-visit"], pages.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(pages, p => Assert.Equal(new DateOnly(2024, 5, 1), p.DateModified));
    }

    [Fact]
    public void AliasOfADeclaredKindsPage_IsRefusedAsTheAddressOfAPageThatExists()
    {
        using var content = new BrokenContent();
        WriteNote(content, NoteFile, "Field visit");
        WriteNote(content, "peru/notes/field-visit.fr.md", "Visite de terrain");
        WriteNote(content, "peru/notes/field-visit.es.md", "Visita de campo");
        content.Write("peru/notes/other.md", "---\ntitle: Other\naliases:\n  - /en/peru/notes/field-visit\n---\nText.\n");
        WriteNote(content, "peru/notes/other.fr.md", "Autre");
        WriteNote(content, "peru/notes/other.es.md", "Otra");

        var problems = Load(content, ContentKinds.Builtin.With(Notes)).Problems;

        Assert.Contains(problems, p => p.Path == "peru/notes/other.md" && p.Message.Contains("is the address of a page that exists", StringComparison.Ordinal));
    }
}
