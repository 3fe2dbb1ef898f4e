using Peru.Portal.Web.Localization;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

public sealed record CommitmentView(string Centre, string Text);

/// <summary>A target date: the ISO form goes in <c>&lt;time datetime&gt;</c>, the written form is what readers see.</summary>
public sealed record TargetDateView(string Centre, string DateTime, string Text)
{
    public static TargetDateView From(Language language, TargetDate date) => new(date.Centre, date.Date, Formats.PartialDate(language, date.Date));
}

/// <summary>What the evaluation page and each recommendation page both show about a recommendation.</summary>
public sealed record RecommendationView(
    int Number,
    string Id,
    string Label,
    string Heading,
    string Path,
    IReadOnlyList<CommitmentView> Commitments,
    IReadOnlyList<string> ResponsibilityCentres,
    IReadOnlyList<TargetDateView> TargetDates)
{
    /// <summary>The interface text comes from <see cref="EvaluationPage"/>'s resources, shared by every evaluation page.</summary>
    public static RecommendationView From(Language language, Recommendation r, IStringLocalizer<EvaluationPage> text)
    {
        string label = text["Recommendation {0}", r.Number.ToString(CultureInfo.InvariantCulture)];
        // Published titles already start "Recommendation 1: …" ("Recommandation 1 : …" in French); adding the number again would read twice.
        var heading = StartsWithLabel(r.Title, label) ? r.Title : text["{0}: {1}", label, r.Title];
        return new(
            r.Number,
            $"recommendation-{r.Number.ToString(CultureInfo.InvariantCulture)}",
            label,
            heading,
            Addresses.Recommendation(language, r.CountrySlug, r.Slug),
            r.Commitments.Select(c => new CommitmentView(c.Centre, c.Text)).ToList(),
            r.ResponsibilityCentres,
            r.TargetDates.OrderBy(d => d.Date, StringComparer.Ordinal).Select(d => TargetDateView.From(language, d)).ToList());
    }

    private static bool StartsWithLabel(string title, string label) =>
        title.StartsWith(label, StringComparison.Ordinal)
        && title.AsSpan(label.Length).TrimStart(" \u00A0\u202F").StartsWith(":", StringComparison.Ordinal);
}

public sealed record EvaluationPage(
    PageChrome Chrome,
    string Title,
    string Summary,
    string PeriodCovered,
    string BodyHtml,
    SourceView? Source,
    IReadOnlyList<RecommendationView> Recommendations,
    IReadOnlyList<EvaluationPage.TargetDateRow> TargetDates) : IPortalPage
{
    public sealed record TargetDateRow(string Recommendation, string Path, TargetDateView Date);

    public static EvaluationPage From(Language language, Country country, SectionPage section, IReadOnlyList<Recommendation> recommendations, IStringLocalizer<EvaluationPage> text)
    {
        var views = recommendations.OrderBy(r => r.Number).Select(r => RecommendationView.From(language, r, text)).ToList();
        return new(
            PageChrome.ForCountry(language, country.Slug, country.Name, Section.Evaluation, section.Title, section.Summary,
                Addresses.Evaluation(language, country.Slug), Latest(section.DateModified, recommendations)),
            section.Title,
            section.Summary,
            Period(language, section.PeriodFrom, section.PeriodTo, text),
            section.BodyHtml,
            Sources.Of(language, country).Find(section.SourceKey),
            views,
            // ISO dates of any precision sort correctly as text, and "2021" before "2021-06" is the right order.
            views.SelectMany(v => v.TargetDates.Select(d => new TargetDateRow(v.Label, v.Path, d)))
                .OrderBy(row => row.Date.DateTime, StringComparer.Ordinal)
                .ToList());
    }

    private static string Period(Language language, string? from, string? to, IStringLocalizer text) => (from, to) switch
    {
        ({ } f, { } t) => text["{0} to {1}", Formats.FiscalYear(language, f), Formats.FiscalYear(language, t)],
        ({ } f, null) => text["From {0}", Formats.FiscalYear(language, f)],
        (null, { } t) => text["Up to {0}", Formats.FiscalYear(language, t)],
        _ => text["Not stated"],
    };

    private static DateOnly Latest(DateOnly modified, IReadOnlyList<Recommendation> recommendations) =>
        recommendations.Count == 0 ? modified : new[] { modified, recommendations.Max(r => r.DateModified) }.Max();
}

public sealed record PagerLink(string Text, string Path);

public sealed record RecommendationPage(
    PageChrome Chrome,
    RecommendationView Recommendation,
    string BodyHtml,
    string EvaluationTitle,
    string EvaluationPath,
    PagerLink? Previous,
    PagerLink? Next,
    SourceView? Source) : IPortalPage
{
    /// <summary>
    /// <paramref name="text"/> is the evaluation pages' interface text; without it (outside a request) the text is English.
    /// </summary>
    public static RecommendationPage From(Language language, Country country, SectionPage? evaluation, IReadOnlyList<Recommendation> all, Recommendation recommendation, IStringLocalizer<EvaluationPage>? text = null)
    {
        text ??= EnglishText.Instance;
        var ordered = all.OrderBy(r => r.Number).ToList();
        var index = ordered.FindIndex(r => r.Slug == recommendation.Slug);
        PagerLink? Link(int i, string direction) => i >= 0 && i < ordered.Count
            ? new PagerLink(text[direction, RecommendationView.From(language, ordered[i], text).Label], Addresses.Recommendation(language, country.Slug, ordered[i].Slug))
            : null;

        var view = RecommendationView.From(language, recommendation, text);
        var evaluationPath = Addresses.Evaluation(language, country.Slug);
        return new(
            PageChrome.ForCountry(language, country.Slug, country.Name, Section.Evaluation, view.Heading,
                text["{0} of the evaluation and the management response: commitments, actions, responsibility centres and target dates.", view.Label],
                view.Path, recommendation.DateModified,
                new Crumb(text["Evaluation"], evaluationPath)),
            view,
            recommendation.BodyHtml,
            evaluation?.Title ?? text["Evaluation"],
            evaluationPath,
            index < 0 ? null : Link(index - 1, "Previous: {0}"),
            index < 0 ? null : Link(index + 1, "Next: {0}"),
            Sources.Of(language, country).Find(evaluation?.SourceKey));
    }
}

/// <summary>The English interface text, the keys themselves: for a page built without a request's localizer.</summary>
file sealed class EnglishText : IStringLocalizer<EvaluationPage>
{
    public static EnglishText Instance { get; } = new();

    public LocalizedString this[string name] => new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.CurrentCulture, name, arguments), resourceNotFound: true);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
