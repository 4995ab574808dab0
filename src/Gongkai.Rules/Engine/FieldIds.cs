using Gongkai.Schema;

namespace Gongkai.Rules;

/// <summary>Field IDs for a finding's cell list; only built when a check fails, so allocation here is off the hot path.</summary>
internal static class FieldIds
{
    public static string[] Of(FieldDef first, ReadOnlySpan<FieldDef> rest)
    {
        var ids = new string[rest.Length + 1];
        ids[0] = first.Id;
        for (var i = 0; i < rest.Length; i++)
        {
            ids[i + 1] = rest[i].Id;
        }

        return ids;
    }

    public static string[] Of(params ReadOnlySpan<FieldDef> fields)
    {
        var ids = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            ids[i] = fields[i].Id;
        }

        return ids;
    }
}
