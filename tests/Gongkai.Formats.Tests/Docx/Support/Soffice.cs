using System.Diagnostics;
using Gongkai.Formats.LegacyWord;

namespace Gongkai.Tests.Docx;

/// <summary>Runs LibreOffice for the corpus generator: any conversion, with a throwaway profile and a timeout.</summary>
internal static class Soffice
{
    public static bool Available => LegacyWordReader.Instance.CanConvert;

    /// <summary>Converts <paramref name="input"/> with <paramref name="filter"/> ("docx:MS Word 2007 XML") into <paramref name="outDir"/>; returns the output path.</summary>
    public static string Convert(string input, string filter, string outDir)
    {
        var profile = Directory.CreateTempSubdirectory("gongkai-lo-test-");
        try
        {
            var psi = new ProcessStartInfo("soffice") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "-env:UserInstallation=" + new Uri(profile.FullName + "/").AbsoluteUri, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, input })
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish converting " + input);
            }

            var ext = filter.Split(':')[0];
            var output = System.IO.Path.Combine(outDir, System.IO.Path.GetFileNameWithoutExtension(input) + "." + ext);
            return File.Exists(output) ? output : throw new InvalidOperationException("soffice made nothing: " + stdout.Result + stderr.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
