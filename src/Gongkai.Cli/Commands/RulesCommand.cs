using System.CommandLine;
using Gongkai.Diagnostics;
using Gongkai.Rules;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai rules`: list the catalogue.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "输出格式 / output format: text, md", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md");
        var lang = GongkaiCommand.LanguageOption();
        var cmd = new Command("rules", "列出检查规则目录 / list the rule catalogue") { format, lang };
        cmd.SetAction(r =>
        {
            var language = Ui.Resolve(r.GetValue(lang));
            if (r.GetValue(format) == "md")
            {
                Console.Out.Write(RulesDocument.Generate());
                return ExitCodes.Clean;
            }

            foreach (var rule in RuleCatalog.All)
            {
                var d = rule.Descriptor;
                Console.Out.WriteLine($"{d.Id,-4} {Ui.Severity(language, d.Severity),-8} {Ui.T(language, d.Title, d.TitleEn)}");
                Console.Out.WriteLine("     " + Ui.T(language, d.Description, d.DescriptionEn));
            }

            return ExitCodes.Clean;
        });
        return cmd;
    }
}
