namespace Peru.Portal.Web.Content;

/// <summary>One thing wrong in a content file, located so an editor can go straight to it.</summary>
public sealed record ContentProblem(string Path, int Line, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public override string ToString() => Severity == ProblemSeverity.Warning ? $"{Path}:{Line}: warning: {Message}" : $"{Path}:{Line}: {Message}";
}

/// <summary>An error keeps the content from being imported; a warning is worth a look and blocks nothing.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
}
