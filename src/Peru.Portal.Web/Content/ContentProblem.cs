namespace Peru.Portal.Web.Content;

/// <summary>One thing wrong in a content file, located so an editor can go straight to it.</summary>
public sealed record ContentProblem(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
