using Dapper;

namespace Gongkai.Cases.Storage;

/// <summary>Adds to a parameter bag inline.</summary>
internal static class DynamicParametersExtensions
{
    public static DynamicParameters Also(this DynamicParameters p, Action<DynamicParameters> add)
    {
        add(p);
        return p;
    }
}
