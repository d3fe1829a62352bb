using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace Folio.Infrastructure.Settings;

/// <summary>
/// Checks the validation attributes on a settings class and names each broken rule by the key an
/// operator sets (<c>Folio:SchedulerInterval</c>), so that a start refused for a bad value says
/// which value and why, not which constructor parameter it later broke.
/// </summary>
public sealed class SectionRules<TSettings>(string section) : IValidateOptions<TSettings> where TSettings : class
{
    private static readonly (PropertyInfo Property, ValidationAttribute[] Rules)[] RuledProperties = typeof(TSettings)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(property => (property, property.GetCustomAttributes<ValidationAttribute>().ToArray()))
        .Where(ruled => ruled.Item2.Length > 0)
        .ToArray();

    public ValidateOptionsResult Validate(string? name, TSettings options)
    {
        var failures = new List<string>();
        foreach (var (property, rules) in RuledProperties)
        {
            var key = $"{section}:{property.Name}";
            var broken = new List<ValidationResult>();
            var value = property.GetValue(options);
            var context = new ValidationContext(options) { MemberName = property.Name, DisplayName = key };
            if (!Validator.TryValidateValue(value, context, broken, rules))
                failures.AddRange(broken.Select(result => $"{result.ErrorMessage}{Shown(value)}"));
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Only strings can hold secrets (passwords, API keys); their rules are about shape, so the
    // message names the rule and leaves a set value out.
    private static string Shown(object? value) => value switch
    {
        null or "" => " It is empty.",
        string => "",
        IFormattable formattable => $" It is {formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)}.",
        _ => $" It is {value}.",
    };
}
