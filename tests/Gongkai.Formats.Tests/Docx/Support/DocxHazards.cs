namespace Gongkai.Tests.Docx;

/// <summary>The reading hazards a generated document carries (merged cells, gridSpan headers and vMerge over many rows always).</summary>
[Flags]
internal enum DocxHazards
{
    None = 0,

    /// <summary>Table 2 in a DrawingML text box (with its VML fallback, which must not be read twice), table 3 in a VML-only one.</summary>
    TextBoxes = 1,

    /// <summary>The whole report inside a one-column layout table, each section's table nested in a cell.</summary>
    LayoutTable = 2,

    /// <summary>Tracked changes: deleted and inserted values, a deleted paragraph, a deleted table row, moved text.</summary>
    TrackedChanges = 4,

    /// <summary>
    /// Fields (the year in the title, a formula total), a hyperlink, content controls (block, row, cell, run, and one
    /// showing its placeholder), hidden text, a symbol, line breaks and tabs, and section headings numbered by Word's
    /// list numbering instead of typed "一、".
    /// </summary>
    FieldsAndControls = 8,
}
