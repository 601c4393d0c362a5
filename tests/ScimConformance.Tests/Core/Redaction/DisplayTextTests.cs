using NUnit.Framework;
using ScimConformance.Core.Redaction;

namespace ScimConformance.Tests.Core.Redaction;

/// <summary>Endpoint text loses terminal escapes, control characters and bidi controls; the rest stays as it was.</summary>
[TestFixture]
public sealed class DisplayTextTests
{
    [TestCase("\u001b[31mred\u001b[0m", "red", TestName = "CSI colours")]
    [TestCase("\u001b[2J\u001b[1;1Hcleared", "cleared", TestName = "CSI screen clear and cursor move")]
    [TestCase("\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007", "link", TestName = "OSC 8 hyperlink ended by BEL")]
    [TestCase("\u001b]0;title\u001b\\after", "after", TestName = "OSC window title ended by ST")]
    [TestCase("\u009b31mred", "red", TestName = "8-bit CSI")]
    [TestCase("a\u0000b\u0007c\u007fd\u0085e", "abcde", TestName = "C0, DEL and C1 controls")]
    [TestCase("admin\u202E gnp.exe\u202C", "admin gnp.exe", TestName = "bidi override")]
    [TestCase("\u2066x\u2067y\u2068z\u2069\u200E\u200F\u061C", "xyz", TestName = "bidi isolates and marks")]
    public void Removes(string text, string expected)
    {
        Assert.That(DisplayText.Clean(text), Is.EqualTo(expected));
    }

    [Test]
    public void Keeps_newlines_tabs_and_every_other_character_and_returns_clean_text_as_is()
    {
        const string text = "line 1\n\tline 2\r\nüñíçødé 日本 \U0001F600 \u2028 [not an escape]";
        Assert.Multiple(() =>
        {
            Assert.That(DisplayText.Clean(text), Is.SameAs(text));
            Assert.That(DisplayText.Clean(null), Is.EqualTo(""));
        });
    }
}
