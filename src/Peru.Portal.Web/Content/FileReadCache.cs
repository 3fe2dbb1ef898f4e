using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Peru.Portal.Web.Content;

/// <summary>
/// What the last read of the content gave for each file, so that a live edit parses and renders only the files that
/// changed: a file's front matter, body and problems follow from its path and bytes alone, and a body's rendering from
/// its text, its language and its glossary. An entry is taken only for the same path and the same bytes (compared by
/// SHA-256, never by modification time, which a copy or a checkout keeps or resets), so what a load gives is the same
/// whether a file came from here or not. Only what the last load read is kept: a file deleted or changed drops out.
/// A content folder larger than <see cref="MaxBytes"/> keeps nothing: there the memory of every file's front matter
/// and HTML matters more than the time of an edit, and each load reads everything as before.
/// </summary>
internal sealed class FileReadCache
{
    /// <summary>About three times the real content (0.8 MiB): what is kept is a few times this size in memory.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    private Generation _last = new();
    private Generation _next = new();

    /// <summary>Starts a load: what it reads is kept for the next one, what it does not read is dropped then.</summary>
    public void Begin() => _next = new();

    /// <summary>Ends a load: what it read (unless the folder was too large) is what the next load may reuse.</summary>
    public void Finish() => _last = _next.Over ? new() : _next;

    /// <summary>What the same file with the same bytes gave last time, or null.</summary>
    internal SourceFile.Parsed? Find(string relativePath, byte[] bytes)
    {
        // Hashed only when there is something to compare with: a first load, or a folder over the limit, hashes nothing here.
        if (!_last.Files.TryGetValue(relativePath, out var known) || !known.Hash.AsSpan().SequenceEqual(SHA256.HashData(bytes)))
        {
            return null;
        }

        if (_next.Reserve(bytes.Length))
        {
            _next.Files[relativePath] = known;
        }

        return known.Parsed;
    }

    internal void Keep(string relativePath, byte[] bytes, SourceFile.Parsed parsed)
    {
        if (_next.Reserve(bytes.Length))
        {
            _next.Files[relativePath] = (SHA256.HashData(bytes), parsed);
        }
    }

    /// <summary>The body rendered for this context as last time, or rendered now.</summary>
    internal RenderedMarkdown Render(MarkdownRenderer markdown, string body, MarkdownContext? context, int headingOffset)
    {
        var next = _next;
        if (next.Over && _last.Renders.IsEmpty)
        {
            // A folder over the limit keeps nothing: no key to build (the whole glossary) for a lookup that cannot hit.
            return markdown.Render(body, context, headingOffset);
        }

        var key = (body, Of(context), headingOffset);
        if (next.Renders.TryGetValue(key, out var rendered) || _last.Renders.TryGetValue(key, out rendered))
        {
            if (next.Reserve(body.Length))
            {
                next.Renders[key] = rendered;
            }

            return rendered;
        }

        rendered = markdown.Render(body, context, headingOffset);
        if (next.Reserve(body.Length))
        {
            next.Renders[key] = rendered;
        }

        return rendered;
    }

    /// <summary>
    /// All a rendering depends on besides its text. The glossary's abbreviations are compared by content, not by
    /// dictionary: each load makes its own, and the country's glossary may be read after the context was made.
    /// </summary>
    private static string Of(MarkdownContext? context)
    {
        if (context is null)
        {
            return "";
        }

        var key = new StringBuilder(context.French ? "fr" : "-");
        foreach (var (abbreviation, expansion) in context.Abbreviations.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            key.Append('\0').Append(abbreviation).Append('\u0001').Append(expansion);
        }

        return key.ToString();
    }

    /// <summary>One load's entries; loads read files on several threads at once.</summary>
    private sealed class Generation
    {
        private long _bytes;

        public ConcurrentDictionary<string, (byte[] Hash, SourceFile.Parsed Parsed)> Files { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<(string Body, string Context, int HeadingOffset), RenderedMarkdown> Renders { get; } = new();

        public bool Over { get; private set; }

        /// <summary>Counts a file or body against <see cref="MaxBytes"/>; past it, the load's entries go at once, not at its end.</summary>
        public bool Reserve(long bytes)
        {
            if (Over)
            {
                return false;
            }

            if (Interlocked.Add(ref _bytes, bytes) <= MaxBytes)
            {
                return true;
            }

            Over = true;
            Files.Clear();
            Renders.Clear();
            return false;
        }
    }
}
