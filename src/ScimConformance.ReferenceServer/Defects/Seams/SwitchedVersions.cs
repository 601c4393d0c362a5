using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Resources.Seams;

namespace ScimConformance.ReferenceServer.Defects.Seams;

/// <summary>Versioning under the ETag switches.</summary>
internal sealed class SwitchedVersions(DefectSwitches defects) : IVersionSeam
{
    public bool EvaluatesIfMatch => !defects.IsOn(WriteDefects.EtagIfMatchIgnored);

    public JsonObject Modified(JsonObject stored, JsonObject modifiedMeta)
    {
        if (defects.IsOn(WriteDefects.EtagVersionUnchangedOnWrite))
        {
            modifiedMeta["version"] = stored["meta"]?["version"]?.DeepClone();
        }

        return modifiedMeta;
    }
}
