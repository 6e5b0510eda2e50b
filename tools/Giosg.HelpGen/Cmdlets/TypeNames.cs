namespace Giosg.HelpGen.Cmdlets;

/// <summary>How help names a .NET type: short in a syntax (<c>Guid[]</c>), full in a type entry.</summary>
internal static class TypeNames
{
    /// <summary>A nullable value parameter is, to its user, a parameter of the value's type.</summary>
    public static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>The type of one item: the element of an array parameter.</summary>
    public static Type Item(Type type) => Unwrap(type) is { IsArray: true } array ? Unwrap(array.GetElementType()!) : Unwrap(type);

    public static string Short(Type type)
    {
        type = Unwrap(type);
        if (type.IsArray)
        {
            return Short(type.GetElementType()!) + "[]";
        }

        return type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
    }

    public static string Full(Type type)
    {
        type = Unwrap(type);
        if (type.IsArray)
        {
            return Full(type.GetElementType()!) + "[]";
        }

        return type.FullName ?? type.Name;
    }
}
