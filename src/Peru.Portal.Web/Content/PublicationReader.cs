namespace Peru.Portal.Web.Content;

/// <summary>Reads and checks the publication keys of one file; every problem is reported at its line.</summary>
internal static class PublicationReader
{
    /// <summary>The keys; a file of a kind that cannot be scheduled is told so when it writes one.</summary>
    public static readonly string[] Keys = ["draft", "publish_at", "expire_at", "replaced_by", "corrections"];

    public static Publication Read(FrontMatterReader fm)
    {
        var draft = fm.Flag("draft", required: false);
        var publishAt = fm.Moment("publish_at");
        var expireAt = fm.Moment("expire_at");
        if (publishAt is { } from && expireAt is { } until && until <= from)
        {
            fm.Problem("expire_at", $"'expire_at' {until:yyyy-MM-dd'T'HH:mm:sszzz} is not after 'publish_at' {from:yyyy-MM-dd'T'HH:mm:sszzz}: a page must appear before it expires");
        }

        var replacedBy = fm.Text("replaced_by", required: false);
        if (replacedBy is not null)
        {
            if (!replacedBy.StartsWith('/') || replacedBy.StartsWith("//", StringComparison.Ordinal) || replacedBy.Any(char.IsWhiteSpace))
            {
                fm.Problem("replaced_by", $"'replaced_by' \"{replacedBy}\" must be an address on this site starting with '/', for example /en/peru/projects/new-slug");
                replacedBy = null;
            }
            else if (fm.LineIfPresent("expire_at") is null)
            {
                fm.Problem("replaced_by", "'replaced_by' names where an expired page's address leads: add 'expire_at', or remove 'replaced_by'");
            }
        }

        var corrections = fm.List("corrections", c =>
        {
            var date = c.Date("date");
            var note = c.Text("note");
            return date is null || note is null ? null : new Correction(date.Value, note, c.Line);
        }, required: false);
        return new Publication(draft ?? false, publishAt, expireAt, corrections)
        {
            ReplacedBy = replacedBy,
            ReplacedByLine = fm.LineOfKey("replaced_by"),
            Stated = draft is not null || publishAt is not null || expireAt is not null,
        };
    }

    /// <summary>A file of a kind that has no page of its own of which to speak: each publication key it writes is a problem.</summary>
    public static void RefuseIn(FrontMatterReader fm)
    {
        foreach (var key in Keys)
        {
            if (fm.LineIfPresent(key) is { } line)
            {
                fm.Problem(line, $"'{key}' is not used in this file: only achievements and projects can be drafts, be scheduled or list corrections");
            }
        }
    }
}
