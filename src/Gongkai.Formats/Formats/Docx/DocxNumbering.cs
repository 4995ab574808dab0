using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Formats.Docx;

/// <summary>
/// Word's automatic list numbering, rendered as printed: "一、" before a heading or "（三）" before a table label is
/// often not in the text at all but generated from numbering.xml, and the section finder and the label index need it.
/// Counters follow Word closely enough for headings and labels: lists sharing an abstract definition continue each
/// other unless an instance restarts them, and a level resets every deeper level.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;
    private readonly Dictionary<int, (int AbstractId, bool Restarts)> _instances = [];
    private readonly Dictionary<(int Key, int Level), LevelDef> _levels = [];
    private readonly Dictionary<int, int[]> _counters = [];

    private readonly record struct LevelDef(int Start, string Format, string Text);

    public static DocxNumbering Empty { get; } = new(null);

    public DocxNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        var abstracts = new Dictionary<int, AbstractNum>();
        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is { } id)
            {
                abstracts.TryAdd(id, a);
            }
        }

        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } absId || !abstracts.TryGetValue(absId, out var abs))
            {
                continue;
            }

            var overrides = num.Elements<LevelOverride>().ToList();
            var restarts = overrides.Count > 0;
            _instances.TryAdd(numId, (restarts ? -numId - 1 : absId, restarts));
            var key = restarts ? -numId - 1 : absId;
            foreach (var lvl in abs.Elements<Level>())
            {
                AddLevel(key, lvl, null);
            }

            foreach (var o in overrides)
            {
                var index = o.LevelIndex?.Value ?? 0;
                if (o.Level is { } l)
                {
                    AddLevel(key, l, index);
                }

                if (o.StartOverrideNumberingValue?.Val?.Value is { } start && _levels.TryGetValue((key, index), out var def))
                {
                    _levels[(key, index)] = def with { Start = start };
                }
            }
        }
    }

    /// <summary>The printed number of the next paragraph in list <paramref name="numId"/> at <paramref name="level"/>, or "" for bullets and unknown lists.</summary>
    public string Next(int numId, int level)
    {
        if (numId == 0 || level is < 0 or >= Levels || !_instances.TryGetValue(numId, out var instance))
        {
            return string.Empty;
        }

        var key = instance.AbstractId;
        if (!_levels.TryGetValue((key, level), out var def))
        {
            return string.Empty;
        }

        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new int[Levels];
            for (var i = 0; i < Levels; i++)
            {
                counters[i] = int.MinValue;
            }

            _counters[key] = counters;
        }

        counters[level] = counters[level] == int.MinValue ? def.Start : counters[level] + 1;
        for (var i = level + 1; i < Levels; i++)
        {
            counters[i] = int.MinValue;
        }

        if (def.Format is "bullet" or "none")
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        var text = def.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var k = text[i + 1] - '1';
                var value = counters[k] == int.MinValue ? (_levels.TryGetValue((key, k), out var d) ? d.Start : 1) : counters[k];
                var format = _levels.TryGetValue((key, k), out var kd) ? kd.Format : "decimal";
                sb.Append(Format(value, format));
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private void AddLevel(int key, Level lvl, int? index)
    {
        var i = index ?? lvl.LevelIndex?.Value ?? 0;
        if (i is < 0 or >= Levels)
        {
            return;
        }

        var format = lvl.NumberingFormat?.Val?.HasValue == true ? lvl.NumberingFormat.Val.InnerText ?? "decimal" : "decimal";
        _levels[(key, i)] = new LevelDef(lvl.StartNumberingValue?.Val?.Value ?? 1, format, lvl.LevelText?.Val?.Value ?? string.Empty);
    }

    private const string Digits = "〇一二三四五六七八九";
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";

    internal static string Format(int n, string format)
    {
        if (n < 0)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        return format switch
        {
            "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" or "taiwaneseCountingThousand" => Chinese(n),
            "ideographDigital" or "taiwaneseDigital" => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => Digits[c - '0'])),
            "ideographTraditional" => n is >= 1 and <= 10 ? Stems[n - 1].ToString() : n.ToString(CultureInfo.InvariantCulture),
            "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => n is >= 1 and <= 20 ? ((char)('①' + n - 1)).ToString() : n.ToString(CultureInfo.InvariantCulture),
            "decimalFullWidth" or "decimalFullWidth2" => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c + 0xFEE0))),
            "decimalZero" => n.ToString("00", CultureInfo.InvariantCulture),
            "lowerLetter" => Letters(n, 'a'),
            "upperLetter" => Letters(n, 'A'),
            "lowerRoman" => Roman(n).ToLowerInvariant(),
            "upperRoman" => Roman(n),
            _ => n.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>一 … 十, 十一 … 十九, 二十 … 九十九, then 一百、一百零一 … (as Word prints chineseCounting).</summary>
    internal static string Chinese(int n)
    {
        if (n == 0)
        {
            return "〇";
        }

        if (n >= 10_000)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        var sb = new StringBuilder();
        string[] units = ["千", "百", "十", ""];
        int[] scale = [1000, 100, 10, 1];
        var zero = false;
        for (var i = 0; i < 4; i++)
        {
            var d = n / scale[i] % 10;
            if (d == 0)
            {
                zero = sb.Length > 0;
                continue;
            }

            if (zero)
            {
                sb.Append('零');
                zero = false;
            }

            // "十一" rather than "一十一" when ten leads
            if (!(i == 2 && d == 1 && sb.Length == 0))
            {
                sb.Append(Digits[d]);
            }

            sb.Append(units[i]);
        }

        return sb.ToString();
    }

    private static string Letters(int n, char a)
    {
        if (n < 1)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        // Word repeats the letter: a … z, aa … zz
        var letter = (char)(a + ((n - 1) % 26));
        return new string(letter, ((n - 1) / 26) + 1);
    }

    private static string Roman(int n)
    {
        if (n is < 1 or > 3999)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        var sb = new StringBuilder();
        (int Value, string Text)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        foreach (var (value, text) in table)
        {
            while (n >= value)
            {
                sb.Append(text);
                n -= value;
            }
        }

        return sb.ToString();
    }
}
