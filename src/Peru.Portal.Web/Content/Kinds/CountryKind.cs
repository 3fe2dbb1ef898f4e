using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;
using Peru.Portal.Web.Search;

namespace Peru.Portal.Web.Content.Kinds;

/// <summary><c>country.md</c>: the country's name, context, sources and key figures; its page is the country's overview.</summary>
internal static class CountryKind
{
    public static ContentKind<Country> Declaration { get; } = new()
    {
        Name = "country",
        Pattern = "country.md",
        Stage = ContentKind.ReadRoot,
        Required = true,
        Read = (r, file, _) => Read(r, file),
        Index = new("country", Addresses.Country, scope => scope.Country.DateModified) { Card = scope => Card(scope.Country, scope.Language) },
        Search = (c, s) => new(s.Language.Code, c.Slug, Addresses.Country(s.Language, c.Slug), c.Title,
            SearchDocuments.Join(c.Summary, c.ContextText, SearchDocuments.Join(c.KeyFigures.Select(k => $"{k.Label} {Formats.Figure(s.Language, k.Value, k.Unit, null, k.Qualifier)} {k.Year}"))),
            SearchDocuments.Overview, null, null),
        FiguresOf = (c, _) => [("key_figures", c.KeyFigures.Select(k => $"{Twins.N(k.Value)} {Twins.YearDigits(k.Year)}".Trim()).ToList()), ("sources", c.Sources.Select(s => s.Key).ToList()), ("iso_code", [c.IsoCode ?? ""])],
    };

    /// <summary>The country's first key figure, as its overview shows it.</summary>
    private static Share.ShareCard Card(Country c, Localization.Language language) =>
        new(c.Title, c.KeyFigures.OrderBy(k => k.Order).FirstOrDefault() is { } k ? $"{Formats.Figure(language, k.Value, k.Unit, null, k.Qualifier)} {k.Label} ({k.Year})" : null);

    private static void Read(CountryReader r, SourceFile file)
    {
        if (r.Open(file) is not { } fm)
        {
            return;
        }

        if (!r.IsDefault)
        {
            // The country's slug in this language ("perou") names every address of the country in it.
            r.Slug = fm.Slug("slug") ?? r.Folder;
        }

        var (code, slug) = (r.Code, r.Slug);
        var body = r.Render(file);
        var country = new Country
        {
            Language = code,
            Key = r.Folder,
            Slug = slug,
            Name = fm.Text("name") ?? "",
            Title = fm.Text("title") ?? "",
            Summary = fm.Text("summary") ?? "",
            ContextHtml = body.Html,
            ContextText = body.PlainText,
            DateModified = r.DateModified(file, fm),
            IsoCode = IatiFrontMatter.CountryCode(fm),
        };
        var order = 0;
        country.Sources = fm.List("sources", s =>
        {
            var key = s.Slug("id");
            var title = s.Text("title");
            var publisher = s.Text("publisher");
            var date = s.Text("date");
            var note = s.Text("note", required: false);
            return key is null || title is null || publisher is null || date is null
                ? null
                : new Source { Language = code, CountrySlug = slug, Key = key, Title = title, Publisher = publisher, Date = date, Note = note, Order = order++ };
        });
        r.Content.Rows<Source>().AddRange(country.Sources);
        foreach (var duplicate in country.Sources.GroupBy(s => s.Key).Where(g => g.Count() > 1))
        {
            fm.Problem("sources", $"source id '{duplicate.Key}' is used twice");
        }

        order = 0;
        country.KeyFigures = fm.List("key_figures", k =>
        {
            var label = k.Text("label");
            var value = k.Number("value");
            var unit = k.Text("unit");
            var qualifier = CountryReader.Qualifier(k);
            var year = k.Text("year");
            var reference = r.Reference(k, file);
            return label is null || value is null || unit is null || year is null || reference is null
                ? null
                : new KeyFigure { Language = code, CountrySlug = slug, Label = label, Value = value.Value, Unit = unit, Qualifier = qualifier, Year = year, SourceKey = reference, Order = order++ };
        });
        r.Content.Rows<KeyFigure>().AddRange(country.KeyFigures);
        r.Content.Countries.Add(r.Track(file, fm, r.Folder, country));
        r.Country = country;
    }
}
