using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Infrastructure;

/// <summary>
/// An action's address in every language, written once: <c>{country:slug}/@achievements/{year:fiscalyear}</c>
/// becomes <c>/en/{country}/achievements/{year}</c>, <c>/fr/{country}/realisations/{year}</c>, … with each
/// <c>@word</c> taken from the language table. Answers GET and HEAD.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PageAddressAttribute(string template) : Attribute
{
    public string Template { get; } = template;
}

/// <summary>Turns each <see cref="PageAddressAttribute"/> into one attribute route per language of the table.</summary>
public sealed partial class PageAddressConvention(LanguageTable languages) : IActionModelConvention
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public void Apply(ActionModel action)
    {
        var templates = action.Attributes.OfType<PageAddressAttribute>().Select(a => a.Template).ToList();
        if (templates.Count == 0)
        {
            return;
        }

        // MVC puts the action's own attributes ([ReadsQuery], [EnableRateLimiting]…) in each selector's metadata:
        // every route made here keeps them, with its own address and methods.
        var metadata = action.Selectors.SelectMany(s => s.EndpointMetadata)
            .Where(m => m is not HttpMethodMetadata and not Microsoft.AspNetCore.Mvc.Routing.IRouteTemplateProvider)
            .Distinct()
            .ToList();
        action.Selectors.Clear();
        foreach (var template in templates)
        {
            foreach (var language in languages.All)
            {
                var selector = new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = Expand(template, language) } };
                selector.ActionConstraints.Add(new HttpMethodActionConstraint(Methods));
                selector.EndpointMetadata.Add(new HttpMethodMetadata(Methods));
                metadata.ForEach(selector.EndpointMetadata.Add);
                action.Selectors.Add(selector);
            }
        }
    }

    public static string Expand(string template, Language language)
    {
        var path = Word().Replace(template, m => language.Word(m.Groups["key"].Value));
        return path.Length == 0 ? $"/{language.Code}" : $"/{language.Code}/{path}";
    }

    // A word ends at its last letter, so two words can be joined by a hyphen: @projects-@spreadsheet.
    [GeneratedRegex("@(?<key>[a-z]+(?:-[a-z]+)*)")]
    private static partial Regex Word();
}
