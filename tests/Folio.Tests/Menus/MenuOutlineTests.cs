using Folio.Features.Menus;

namespace Folio.Tests.Menus;

/// <summary>The editor's steps on a menu, as the keyboard's buttons and a drag and drop make them.</summary>
public sealed class MenuOutlineTests
{
    private static OutlineItem Item(string label, int depth = 0) => new(MenuItemKind.Custom, null, label, "/" + label.ToLowerInvariant() + "/", depth);

    private static string Shape(IEnumerable<OutlineItem> items) => string.Join(" ", items.Select(i => new string('-', i.Depth) + i.Label));

    // Home, About (with Team and History under it), Contact.
    private static readonly List<OutlineItem> Menu = [Item("Home"), Item("About"), Item("Team", 1), Item("History", 1), Item("Contact")];

    [Fact]
    public void A_top_level_item_moves_with_the_items_under_it()
    {
        Assert.Equal("About -Team -History Home Contact", Shape(MenuOutline.MoveUp(Menu, 1)));
        Assert.Equal("Home Contact About -Team -History", Shape(MenuOutline.MoveDown(Menu, 1)));
    }

    [Fact]
    public void An_item_under_another_moves_among_its_siblings_only()
    {
        Assert.Equal("Home About -History -Team Contact", Shape(MenuOutline.MoveUp(Menu, 3)));
        Assert.False(MenuOutline.CanMoveUp(Menu, 2));
        Assert.False(MenuOutline.CanMoveDown(Menu, 3));
        Assert.False(MenuOutline.CanMoveUp(Menu, 0));
        Assert.False(MenuOutline.CanMoveDown(Menu, 4));
    }

    [Fact]
    public void Items_nest_one_level_under_the_top_level_item_before_them()
    {
        Assert.Equal("Home About -Team -History -Contact", Shape(MenuOutline.Indent(Menu, 4)));
        Assert.False(MenuOutline.CanIndent(Menu, 0)); // nothing before it to go under
        Assert.False(MenuOutline.CanIndent(Menu, 1)); // it has items of its own
        Assert.False(MenuOutline.CanIndent(Menu, 2)); // already as deep as items go
    }

    [Fact]
    public void An_item_brought_up_a_level_takes_the_siblings_after_it()
    {
        Assert.Equal("Home About Team -History Contact", Shape(MenuOutline.Outdent(Menu, 2)));
        Assert.False(MenuOutline.CanOutdent(Menu, 1));
    }

    [Fact]
    public void Removing_an_item_keeps_the_items_under_it_at_its_level()
    {
        Assert.Equal("Home Team History Contact", Shape(MenuOutline.Remove(Menu, 1)));
        Assert.Equal("Home About -History Contact", Shape(MenuOutline.Remove(Menu, 2)));
        Assert.Equal("Team History", Shape(MenuOutline.Remove([Item("About"), Item("Team", 1), Item("History", 1)], 0)));
    }

    [Fact]
    public void A_drag_and_drop_arrangement_is_taken_only_when_it_is_a_well_formed_menu_of_the_same_items()
    {
        Assert.Equal("Contact Home -About Team", Shape(MenuOutline.Rearranged(Menu.Take(3).Append(Menu[4]).ToList(), [(3, 0), (0, 0), (1, 1), (2, 0)])!));
        Assert.Null(MenuOutline.Rearranged(Menu, [(0, 1), (1, 0), (2, 1), (3, 1), (4, 0)])); // the first item cannot be under anything
        Assert.Null(MenuOutline.Rearranged(Menu, [(0, 0), (1, 0), (2, 2), (3, 1), (4, 0)])); // two levels deep
        Assert.Null(MenuOutline.Rearranged(Menu, [(0, 0), (0, 0), (2, 1), (3, 1), (4, 0)])); // an item twice, another lost
        Assert.Null(MenuOutline.Rearranged(Menu, [(0, 0), (1, 0)])); // items lost
        Assert.Null(MenuOutline.Rearranged(Menu, [(0, 0), (1, 0), (2, 1), (3, 1), (9, 0)])); // no such item
    }

    [Theory]
    [InlineData("https://example.org/about", true)]
    [InlineData("http://example.org/", true)]
    [InlineData("/about/", true)]
    [InlineData("/", true)]
    [InlineData("/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/", true)]
    [InlineData("#", true)]
    [InlineData("#contact", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData("about", false)]
    [InlineData("mailto:someone@example.org", true)]
    [InlineData("mailto:", false)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("https:///nohost", false)]
    [InlineData("/line\nbreak", false)]
    [InlineData("", false)]
    public void A_custom_link_leads_to_a_web_page_an_email_address_or_a_path_on_the_site(string address, bool allowed) =>
        Assert.Equal(allowed, MenuLinkAddress.IsAllowed(address));
}
