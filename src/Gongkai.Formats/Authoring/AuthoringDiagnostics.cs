using Gongkai.Diagnostics;
using Gongkai.Text;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Formats.Authoring;

/// <summary>Diagnostics of one authoring file, each pointing at the YAML node it is about.</summary>
internal sealed class AuthoringDiagnostics(SourceText source)
{
    public List<Diagnostic> List { get; } = [];

    public SourceText Source => source;

    public bool HasErrors => List.Exists(d => d.Severity == Severity.Error);

    public SourceRef Ref(YamlNode? node)
    {
        if (node is null)
        {
            return SourceRef.None;
        }

        var start = (int)Math.Clamp(node.Start.Index, 0, source.Text.Length);
        var end = (int)Math.Clamp(node.End.Index, start, source.Text.Length);
        return source.GetRef(new TextSpan(start, end - start));
    }

    public void Error(string id, YamlNode? node, params MessageArg[] args) => Add(id, Severity.Error, Ref(node), args);

    public void Warning(string id, YamlNode? node, params MessageArg[] args) => Add(id, Severity.Warning, Ref(node), args);

    public void Add(string id, Severity severity, SourceRef where, params MessageArg[] args) =>
        List.Add(Diagnostic.Create(id, severity, id, where, args));

    public void Add(Diagnostic diagnostic) => List.Add(diagnostic);
}
