using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace Peru.Portal.Web.Cli;

/// <summary><c>report</c>: the editors' report, as text to read or one JSON document for a dashboard or a script.</summary>
public static class ReportCommand
{
    public const int DefaultStaleDays = 365;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var content = CommandLine.ContentOption();
        var format = new Option<string>("--format") { Description = "text (default) or json", HelpName = "text|json", DefaultValueFactory = _ => ProblemFormats.Text };
        format.AcceptOnlyFromAmong(ProblemFormats.Text, ProblemFormats.Json);
        var staleDays = new Option<int>("--stale-days")
        {
            Description = $"a page not changed for more days than this is listed (default {DefaultStaleDays})",
            HelpName = "DAYS",
            DefaultValueFactory = _ => DefaultStaleDays,
            CustomParser = r =>
            {
                if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
                {
                    return days;
                }

                r.AddError($"--stale-days takes a whole number of days, 0 or more, not '{string.Join(' ', r.Tokens.Select(t => t.Value))}'");
                return 0;
            },
        };
        var command = new Command("report", "list drafts, scheduled and expired pages, old pages, outdated translations, unfinished pages and open problems")
        {
            content,
            format,
            staleDays,
        };
        command.SetAction(parsed => Run(parsed.GetValue(content), parsed.GetRequiredValue(format), parsed.GetValue(staleDays), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string? content, string format, int staleDays, TextWriter output, TextWriter error)
    {
        var cwd = CommandLine.InvocationDirectory();
        var root = CommandLine.ContentRoot(content, cwd);
        if (!Directory.Exists(root))
        {
            error.WriteLine($"{root}: content folder not found");
            return 2;
        }

        var report = EditorsReport.Of(root, CommandLine.Load(root), DateTimeOffset.Now, staleDays);
        var shown = ProblemFormats.ShownRoot(root, cwd);
        if (format == ProblemFormats.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(Json(report, shown), JsonOptions));
        }
        else
        {
            WriteText(output, report, shown);
        }

        // A report, not a check: validate's exit code is the one a review or a hook acts on.
        return 0;
    }

    private static void WriteText(TextWriter output, EditorsReport report, string shown)
    {
        string F(string file) => Path.Combine(shown, file);
        Section(output, "Drafts: never published; seen in preview", report.Drafts, d => $"{F(d.File)}  ({d.Kind})");
        Section(output, "Scheduled: published by themselves at publish_at", report.ScheduledPages, s => $"{F(s.File)}  ({s.Kind}) appears {Moment(s.PublishAt)}");
        Section(output, "Expired: no longer published", report.ExpiredPages, e =>
            $"{F(e.File)}  ({e.Kind}) expired {Moment(e.ExpireAt)}; its address {(e.ReplacedBy is { } to ? $"leads to {to}" : "answers 410 Gone")}");
        Section(output, $"Not changed for over {report.StaleDays} days", report.StalePages, s => $"{F(s.File)}  last changed {Day(s.Changed)} ({s.From})");
        Section(output, "Translations older than their English page", report.OutdatedTranslations, t =>
            $"{F(t.File)}  changed {Day(t.Changed)}; {F(t.EnglishFile)} changed {Day(t.EnglishChanged)}");
        Section(output, "Unfinished: placeholders left to write", report.Unfinished, p => $"{F(p.File)}:{p.Line}: {p.Text}");
        Section(output, "Open problems: the content is not imported until they are fixed", report.Problems, p => $"{F(p.Path)}:{p.Line}: {p.Message}");
        Section(output, "Warnings", report.Warnings, p => $"{F(p.Path)}:{p.Line}: warning: {p.Message}");
    }

    private static void Section<T>(TextWriter output, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        output.WriteLine($"{title}: {items.Count}");
        foreach (var item in items)
        {
            output.WriteLine($"  {line(item)}");
        }
    }

    private static object Json(EditorsReport report, string shown)
    {
        string F(string file) => Path.Combine(shown, file).Replace('\\', '/');
        return new
        {
            content = Path.TrimEndingDirectorySeparator(shown).Replace('\\', '/'),
            at = Moment(report.At),
            stale_days = report.StaleDays,
            drafts = report.Drafts.Select(d => new { file = F(d.File), kind = d.Kind }),
            scheduled = report.ScheduledPages.Select(s => new { file = F(s.File), kind = s.Kind, publish_at = Moment(s.PublishAt) }),
            expired = report.ExpiredPages.Select(e => new { file = F(e.File), kind = e.Kind, expire_at = Moment(e.ExpireAt), replaced_by = e.ReplacedBy }),
            stale = report.StalePages.Select(s => new { file = F(s.File), changed = Day(s.Changed), from = s.From }),
            outdated_translations = report.OutdatedTranslations.Select(t => new { file = F(t.File), changed = Day(t.Changed), english_file = F(t.EnglishFile), english_changed = Day(t.EnglishChanged) }),
            unfinished = report.Unfinished.Select(p => new { file = F(p.File), line = p.Line, text = p.Text }),
            problems = report.Problems.Select(p => new { file = F(p.Path), line = p.Line, severity = "error", message = p.Message }),
            warnings = report.Warnings.Select(p => new { file = F(p.Path), line = p.Line, severity = "warning", message = p.Message }),
        };
    }

    private static string Moment(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
