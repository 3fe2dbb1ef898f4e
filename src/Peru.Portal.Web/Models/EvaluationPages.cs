using System.Globalization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Models;

public sealed record CommitmentView(string Centre, string Text);

/// <summary>A target date: the ISO form goes in <c>&lt;time datetime&gt;</c>, the written form is what readers see.</summary>
public sealed record TargetDateView(string Centre, string DateTime, string Text)
{
    public static TargetDateView From(TargetDate date) => new(date.Centre, date.Date, Formats.PartialDate(date.Date));
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
    public static RecommendationView From(Recommendation r)
    {
        var label = $"Recommendation {r.Number.ToString(CultureInfo.InvariantCulture)}";
        // Published titles already start "Recommendation 1: …"; adding the number again would read twice.
        var heading = r.Title.StartsWith(label + ":", StringComparison.Ordinal) ? r.Title : $"{label}: {r.Title}";
        return new(
            r.Number,
            $"recommendation-{r.Number.ToString(CultureInfo.InvariantCulture)}",
            label,
            heading,
            Addresses.Recommendation(r.CountrySlug, r.Slug),
            r.Commitments.Select(c => new CommitmentView(c.Centre, c.Text)).ToList(),
            r.ResponsibilityCentres,
            r.TargetDates.OrderBy(d => d.Date, StringComparer.Ordinal).Select(TargetDateView.From).ToList());
    }
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

    public static EvaluationPage From(Country country, SectionPage section, IReadOnlyList<Recommendation> recommendations)
    {
        var views = recommendations.OrderBy(r => r.Number).Select(RecommendationView.From).ToList();
        return new(
            PageChrome.ForCountry(country.Slug, country.Name, Section.Evaluation, section.Title, section.Summary,
                Addresses.Evaluation(country.Slug), Latest(section.DateModified, recommendations)),
            section.Title,
            section.Summary,
            Period(section.PeriodFrom, section.PeriodTo),
            section.BodyHtml,
            Sources.Of(country).Find(section.SourceKey),
            views,
            // ISO dates of any precision sort correctly as text, and "2021" before "2021-06" is the right order.
            views.SelectMany(v => v.TargetDates.Select(d => new TargetDateRow(v.Label, v.Path, d)))
                .OrderBy(row => row.Date.DateTime, StringComparer.Ordinal)
                .ToList());
    }

    private static string Period(string? from, string? to) => (from, to) switch
    {
        ({ } f, { } t) => $"{Formats.FiscalYear(f)} to {Formats.FiscalYear(t)}",
        ({ } f, null) => $"From {Formats.FiscalYear(f)}",
        (null, { } t) => $"Up to {Formats.FiscalYear(t)}",
        _ => "Not stated",
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
    public static RecommendationPage From(Country country, SectionPage? evaluation, IReadOnlyList<Recommendation> all, Recommendation recommendation)
    {
        var ordered = all.OrderBy(r => r.Number).ToList();
        var index = ordered.FindIndex(r => r.Slug == recommendation.Slug);
        PagerLink? Link(int i, string direction) => i >= 0 && i < ordered.Count
            ? new PagerLink($"{direction}: {RecommendationView.From(ordered[i]).Label}", Addresses.Recommendation(country.Slug, ordered[i].Slug))
            : null;

        var view = RecommendationView.From(recommendation);
        var evaluationPath = Addresses.Evaluation(country.Slug);
        return new(
            PageChrome.ForCountry(country.Slug, country.Name, Section.Evaluation, view.Heading,
                $"{view.Label} of the evaluation and the management response: commitments, actions, responsibility centres and target dates.",
                view.Path, recommendation.DateModified,
                new Crumb("Evaluation", evaluationPath)),
            view,
            recommendation.BodyHtml,
            evaluation?.Title ?? "Evaluation",
            evaluationPath,
            index < 0 ? null : Link(index - 1, "Previous"),
            index < 0 ? null : Link(index + 1, "Next"),
            Sources.Of(country).Find(evaluation?.SourceKey));
    }
}
