using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Reflection;

namespace Giosg.HelpGen.Cmdlets;

/// <summary>
/// Reads parameters' defaults from a cmdlet instance: constructing the cmdlet runs its property
/// initializers (<c>ThrottleLimit = 4</c>, <c>ChatType = [External]</c>), and the reference
/// System.Management.Automation's constructors do nothing, so no PowerShell host is needed.
/// A <c>[PSDefaultValue]</c> wins, as it does for Get-Help on script cmdlets.
/// </summary>
internal sealed class DefaultValueReader
{
    private const string None = "None";
    private readonly object? _instance;

    public DefaultValueReader(Type cmdletType)
    {
        try
        {
            _instance = Activator.CreateInstance(cmdletType);
        }
        catch (Exception exception) when (exception is TargetInvocationException or MissingMethodException or MemberAccessException)
        {
            // A cmdlet that cannot be built outside a host still gets help; its defaults read as None.
            _instance = null;
        }
    }

    public string Read(PropertyInfo property)
    {
        if (AttributeArguments.OfType<PSDefaultValueAttribute>(property).FirstOrDefault() is { } declared)
        {
            return AttributeArguments.Named<string>(declared, nameof(PSDefaultValueAttribute.Help))
                ?? Format(AttributeArguments.Named<object>(declared, nameof(PSDefaultValueAttribute.Value)));
        }

        if (property.PropertyType == typeof(SwitchParameter))
        {
            // A switch is off unless given; the reference assembly's SwitchParameter cannot say so itself.
            return "False";
        }

        if (_instance is null || property.GetMethod is null)
        {
            return None;
        }

        try
        {
            return Format(property.GetValue(_instance));
        }
        catch (TargetInvocationException)
        {
            return None;
        }
    }

    private static string Format(object? value) => value switch
    {
        null => None,
        string text => text.Length == 0 ? None : text,
        bool flag => flag ? "True" : "False",
        Enum member => member.ToString(),
        IEnumerable items => items.Cast<object?>().Select(Format).ToList() is { Count: > 0 } texts ? string.Join(", ", texts) : None,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? None,
    };
}
