namespace Peru.Portal.Web.Content;

/// <summary>
/// Twins are published together: a twin that writes none of <c>draft</c>, <c>publish_at</c> and <c>expire_at</c>
/// follows its default-language file; one that writes them must say the same, or readers would follow the language
/// toggle to a page that is not there. <c>replaced_by</c> is an address in the file's own language, so it is never
/// taken from the twin. Corrections are written in each language, on the same days.
/// </summary>
internal static class PublicationTwins
{
    public static void Check(CountryReader english, CountryReader twin, LoadedContent content, List<ContentProblem> problems)
    {
        foreach (var (id, item) in english.Items.Where(i => i.Key.Kind.Publishable))
        {
            if (!twin.Items.TryGetValue(id, out var other) || twin.OriginOf(other) is not { } origin || english.OriginOf(item) is not { } englishOrigin)
            {
                continue;
            }

            var (mine, theirs) = (content.PublicationOf(item), content.PublicationOf(other));
            var (file, fm) = origin;
            var englishPath = englishOrigin.File.RelativePath;
            if (!theirs.Stated)
            {
                if (mine.Stated)
                {
                    content.Publish(new ItemPublication(file.RelativePath, id.Kind.Name, twin.Code, id.Key, (Data.IContentItem)other,
                        theirs with { Draft = mine.Draft, PublishAt = mine.PublishAt, ExpireAt = mine.ExpireAt, Stated = false }));
                }
            }
            else
            {
                Differs("draft", mine.Draft ? "true" : "false", theirs.Draft ? "true" : "false");
                Differs("publish_at", Moment(mine.PublishAt), Moment(theirs.PublishAt));
                Differs("expire_at", Moment(mine.ExpireAt), Moment(theirs.ExpireAt));
            }

            var (myDays, theirDays) = (Days(mine), Days(theirs));
            if (myDays != theirDays)
            {
                problems.Add(new(file.RelativePath, fm.LineOfKey("corrections"),
                    $"'corrections' differs from the {english.Language.EnglishName} twin {englishPath}: dates {Or(theirDays)} here, {Or(myDays)} there; write each correction in every language"));
            }

            void Differs(string key, string there, string here)
            {
                if (there != here)
                {
                    problems.Add(new(file.RelativePath, fm.LineOfKey(key),
                        $"'{key}' differs from the {english.Language.EnglishName} twin {englishPath}: {Or(here)} here, {Or(there)} there; twins are published together (leave the key out to follow the twin)"));
                }
            }
        }
    }

    private static string Moment(DateTimeOffset? moment) => moment?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string Days(Publication publication) => string.Join(", ", publication.Corrections.Select(c => c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    private static string Or(string value) => value.Length == 0 ? "none" : value;
}
