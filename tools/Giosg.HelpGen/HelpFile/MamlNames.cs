using System.Xml.Linq;

namespace Giosg.HelpGen.HelpFile;

/// <summary>The namespaces of PowerShell's MAML help and the prefixes help files customarily use.</summary>
internal static class MamlNames
{
    public static readonly XNamespace HelpItems = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    /// <summary>The declarations each command:command element carries, as platyPS and PowerShell's own help do.</summary>
    public static IEnumerable<XAttribute> Declarations() =>
    [
        new(XNamespace.Xmlns + "maml", Maml),
        new(XNamespace.Xmlns + "command", Command),
        new(XNamespace.Xmlns + "dev", Dev),
    ];

    /// <summary>Paragraphs as <c>maml:para</c> elements.</summary>
    public static IEnumerable<XElement> Paras(IEnumerable<string> paragraphs) => paragraphs.Select(text => new XElement(Maml + "para", text));

    /// <summary>A <c>maml:description</c> of paragraphs.</summary>
    public static XElement Description(IEnumerable<string> paragraphs) => new(Maml + "description", Paras(paragraphs));
}
