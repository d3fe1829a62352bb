using Folio.Features.WordPress;

namespace Folio.Tests.WordPress;

/// <summary>Which pictures in an imported post are the exported site's own uploads, whatever size the post shows.</summary>
public sealed class AttachmentAddressesTests
{
    private static readonly AttachmentAddresses Addresses = new(
        new Dictionary<long, string> { [10] = "https://files.oldblog.example/wp-content/uploads/2020/01/harbour.png", [11] = "https://files.oldblog.example/wp-content/uploads/2020/02/boat-scaled.jpg" },
        "https://oldblog.example");

    [Fact]
    public void Every_size_of_an_upload_on_the_sites_own_hosts_points_at_the_copy()
    {
        const string html = """<img src="https://oldblog.example/wp-content/uploads/2020/01/harbour-300x200.png" srcset="http://files.oldblog.example/wp-content/uploads/2020/01/harbour-1024x683.png 1024w, https://oldblog.example/wp-content/uploads/2020/02/boat.jpg 2560w">""";

        Assert.Equal([10L, 11L], Addresses.In(html).Order());
        Assert.Equal("""<img src="/media/h.png" srcset="/media/h.png 1024w, /media/b.jpg 2560w">""",
            Addresses.Localise(html, id => id == 10 ? "/media/h.png" : "/media/b.jpg"));
    }

    [Fact]
    public void Another_sites_picture_of_the_same_name_and_an_upload_not_copied_stay_as_they_are()
    {
        const string html = """<img src="https://elsewhere.example/wp-content/uploads/2020/01/harbour.png"><img src="https://oldblog.example/wp-content/uploads/2020/01/harbour.png">""";

        Assert.Equal([10L], Addresses.In(html));
        Assert.Equal(html, Addresses.Localise(html, _ => null));
    }
}
