using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Peru.Portal.Web.Content;

/// <summary>A content file read from disk and split into front matter and body, or the problems that stopped it.</summary>
public sealed class SourceFile
{
    public const long MaxBytes = 1024 * 1024;

    private const string Vanished = "file was renamed or deleted while the content was read; the next save reads it again";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // What UTF-8 text looks like after being read as Windows-1252 or Latin-1 and saved again: a lead
    // character (Ã, Â, â) followed by a continuation character, a run of such garbage, or the replacement character.
    private static readonly System.Text.RegularExpressions.Regex MisEncoding = new(
        "Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]|Â[\u0080-\u00BF]|â€|¶¶|ÒùÊÓ|\uFFFD",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private SourceFile(string relativePath, string fullPath)
    {
        RelativePath = relativePath;
        FullPath = fullPath;
    }

    public string RelativePath { get; }

    public string FullPath { get; }

    public YamlMappingNode? FrontMatter { get; private set; }

    /// <summary>Line of the file on which the body starts (1-based).</summary>
    public int BodyLine { get; private set; }

    public string Body { get; private set; } = "";

    public DateTime LastWriteUtc { get; private set; }

    /// <summary>Each acronym the file writes (front matter values, then body), once, at its first line: what the glossary check needs of the text.</summary>
    internal IReadOnlyList<(string Acronym, int Line)> Acronyms { get; private set; } = [];

    /// <summary>
    /// Notes the file's acronyms, the one thing asked of its text once its kind has read it: then <see cref="Release"/>
    /// can drop the text and the YAML tree before the rest of the folder is read.
    /// </summary>
    private void NoteAcronyms(Func<SourceFile, IReadOnlyList<(string Acronym, int Line)>>? find)
    {
        if (find is not null)
        {
            Acronyms = find(this);
        }
    }

    /// <summary>Drops the body and front matter once the file's kind has read them (rendered, values taken).</summary>
    internal void Release()
    {
        Body = "";
        FrontMatter = null;
    }

    /// <summary>Whether <c>Load</c> has run: a file is named (and its kind known) before it is read.</summary>
    internal bool IsRead { get; private set; }

    /// <summary>Reads one file on its own: nothing kept for a next load, no acronyms noted.</summary>
    internal static SourceFile Read(string root, string fullPath, ICollection<ContentProblem> problems, ContentFiles files)
    {
        var file = At(root, fullPath);
        file.Load(problems, files, cache: null, acronyms: null);
        return file;
    }

    /// <summary>A file of the folder, named but not read yet.</summary>
    internal static SourceFile At(string root, string fullPath) => new(ContentFiles.Relative(root, fullPath), fullPath);

    /// <summary>
    /// Reads the file once, splitting it into front matter and body (or reporting what stopped it), and notes its
    /// acronyms (when asked to); when <paramref name="cache"/> holds what the same path and the same
    /// bytes gave before, that is taken instead of parsing again: the same front matter, body and problems.
    /// </summary>
    internal void Load(ICollection<ContentProblem> problems, ContentFiles files, FileReadCache? cache, Func<SourceFile, IReadOnlyList<(string Acronym, int Line)>>? acronyms)
    {
        if (IsRead)
        {
            return;
        }

        IsRead = true;
        if (ReadBytes(this, problems, files) is not { } bytes)
        {
            NoteAcronyms(acronyms);
            return;
        }

        if (cache?.Find(RelativePath, bytes) is { } known)
        {
            (FrontMatter, BodyLine, Body, Acronyms) = (known.FrontMatter, known.BodyLine, known.Body, known.Acronyms);
            foreach (var problem in known.Problems)
            {
                problems.Add(problem);
            }

            return;
        }

        var found = new List<ContentProblem>();
        Parse(this, bytes, found);
        NoteAcronyms(acronyms);
        cache?.Keep(RelativePath, bytes, new(FrontMatter, BodyLine, Body, Acronyms, found));
        foreach (var problem in found)
        {
            problems.Add(problem);
        }
    }

    /// <summary>What parsing a file's bytes gave: all of it follows from its path and bytes alone.</summary>
    internal sealed record Parsed(YamlMappingNode? FrontMatter, int BodyLine, string Body, IReadOnlyList<(string Acronym, int Line)> Acronyms, IReadOnlyList<ContentProblem> Problems);

    private static void Parse(SourceFile file, byte[] bytes, List<ContentProblem> problems)
    {
        var relative = file.RelativePath;

        // A NUL never occurs in text: this is an image, a document or an archive saved under a .md name.
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            problems.Add(new(relative, 1, "file holds binary data, not text: a .md file must be UTF-8 text"));
            return;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            problems.Add(new(relative, LineAt(bytes, e.Index), "text is not UTF-8: save the file as UTF-8"));
            return;
        }

        // Some editors write a byte-order mark; the portal asks for plain UTF-8 so every tool reads files alike.
        if (text.StartsWith('\uFEFF'))
        {
            problems.Add(new(relative, 1, "file starts with a byte order mark: save it as UTF-8 without BOM"));
            text = text[1..];
        }

        // Line breaks are counted as editors count them: "\r\n", "\n" and a lone "\r" each end a line.
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(relative, 1, "file is empty"));
            return;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var bad = MisEncoding.Match(lines[i]);
            if (bad.Success)
            {
                problems.Add(new(relative, i + 1, $"text shows mis-encoding (\"{bad.Value}\"): a character was saved in the wrong encoding; retype it"));
            }

            if (lines[i].Any(c => char.IsControl(c) && c != '\t'))
            {
                problems.Add(new(relative, i + 1, "text contains a control character"));
            }
        }

        if (lines[0].TrimEnd() != "---")
        {
            problems.Add(new(relative, 1, "file must start with front matter: a line '---', the keys, then another '---'"));
            return;
        }

        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            problems.Add(new(relative, 1, "front matter is not closed: add a line '---' after the keys"));
            return;
        }

        file.BodyLine = end + 2;
        file.Body = string.Join('\n', lines.Skip(end + 1));
        if (string.IsNullOrWhiteSpace(file.Body))
        {
            problems.Add(new(relative, end + 1, "body is empty: write the page's text below the front matter"));
        }

        var yaml = string.Join('\n', lines.Skip(1).Take(end - 1));
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                problems.Add(new(relative, 2, "front matter must be a set of keys (key: value)"));
                return;
            }

            file.FrontMatter = map;
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + 1;
            var reason = e.InnerException?.Message ?? e.Message;
            var duplicate = System.Text.RegularExpressions.Regex.Match(reason, "Duplicate key (.+)$");
            problems.Add(new(relative, line, duplicate.Success
                ? $"key '{duplicate.Groups[1].Value.Trim()}' is written twice; keep one"
                : $"front matter is not valid YAML: {TrimYamlMessage(reason)}"));
        }
    }

    /// <summary>The file's bytes, or null after a message when it is empty, too large, or cannot be read.</summary>
    private static byte[]? ReadBytes(SourceFile file, ICollection<ContentProblem> problems, ContentFiles files)
    {
        var relative = file.RelativePath;
        try
        {
            var info = new FileInfo(file.FullPath);
            if (!info.Exists)
            {
                problems.Add(new(relative, 1, Vanished));
                return null;
            }

            // Named pipes and devices report no size too; opening a pipe would wait forever for a writer.
            if (info.Length == 0)
            {
                problems.Add(new(relative, 1, "file is empty"));
                return null;
            }

            file.LastWriteUtc = info.LastWriteTimeUtc;
            using var stream = files.Open(file.FullPath);
            using var buffer = new MemoryStream();

            // The size is checked on what is read, too: the file may grow between the look and the read.
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk)) > 0 && buffer.Length <= MaxBytes)
            {
                buffer.Write(chunk, 0, read);
            }

            if (Math.Max(info.Length, buffer.Length) > MaxBytes)
            {
                problems.Add(new(relative, 1, $"file is {Math.Max(info.Length, buffer.Length) / 1024} KiB; content files must be at most 1 MiB"));
                return null;
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Add(new(relative, 1, Vanished));
        }
        catch (UnauthorizedAccessException)
        {
            problems.Add(new(relative, 1, "file cannot be read: permission denied; let the portal's user read it"));
        }
        catch (IOException e)
        {
            problems.Add(new(relative, 1, $"file cannot be read: {e.Message.Replace(file.FullPath, relative, StringComparison.Ordinal)}"));
        }

        return null;
    }

    /// <summary>The line of a byte offset, counting line breaks as editors do.</summary>
    private static int LineAt(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < Math.Min(index, bytes.Length); i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }

    private static string TrimYamlMessage(string message)
    {
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        return (i >= 0 ? message[(i + 3)..] : message).Trim();
    }
}
