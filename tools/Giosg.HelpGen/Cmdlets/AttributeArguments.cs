using System.Reflection;

namespace Giosg.HelpGen.Cmdlets;

/// <summary>
/// Reads attribute arguments through <see cref="CustomAttributeData"/>: the attributes are never
/// constructed, because the reference System.Management.Automation has no real code behind them.
/// </summary>
internal static class AttributeArguments
{
    public static IEnumerable<CustomAttributeData> OfType<TAttribute>(MemberInfo member)
        where TAttribute : Attribute =>
        CustomAttributeData.GetCustomAttributes(member).Where(data => data.AttributeType == typeof(TAttribute));

    public static bool Has<TAttribute>(MemberInfo member)
        where TAttribute : Attribute => OfType<TAttribute>(member).Any();

    public static T? Named<T>(CustomAttributeData data, string name) =>
        data.NamedArguments.Where(argument => argument.MemberName == name).Select(argument => argument.TypedValue.Value).OfType<T>().FirstOrDefault();

    public static bool Flag(CustomAttributeData data, string name) => Named<bool>(data, name);

    /// <summary>The values of a <c>params</c> constructor argument (<c>[Alias("a", "b")]</c>, <c>[ValidateSet(...)]</c>, <c>[OutputType(...)]</c>).</summary>
    public static IEnumerable<object?> Values(CustomAttributeData data) =>
        data.ConstructorArguments.SelectMany(argument => argument.Value is IEnumerable<CustomAttributeTypedArgument> items
            ? items.Select(item => item.Value)
            : [argument.Value]);
}
