using System.Net;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Paging;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

/// <summary>Offset cursors, churn between pages and a 400 for a repeated end: the listings a sweep must survive.</summary>
public sealed class ListingBehaviorTests : OwnSimulator
{
    protected override SimulatorOptions Options => new() { Chats = 300, Seed = 4, Now = SharedSimulator.Now, PageSize = 10 };

    private string OpenChats => Api.Org("owned_chats?is_ended=false");

    [Fact]
    public async Task Offset_cursors_list_every_open_chat_once_when_nothing_changes()
    {
        Simulator.Listing.Cursors = CursorMode.Offsets;

        var listed = (await Api.ListAllAsync(OpenChats)).Select(chat => (string)chat["id"]!).ToList();

        Assert.Equal(Simulator.Data.OwnedChats.Where(chat => !chat.IsEnded).Select(chat => chat.Id.ToString()).Order(), listed.Order());
    }

    [Fact]
    public async Task With_offset_cursors_ending_a_listed_chat_skips_one_on_the_next_page()
    {
        Simulator.Listing.Cursors = CursorMode.Offsets;
        var first = await Api.GetJsonAsync(OpenChats);
        var next = (string)first["next"]!;
        var onFirstPage = first["results"]!.AsArray().Select(chat => Guid.Parse((string)chat!["id"]!)).ToList();
        var open = Simulator.Data.OwnedChats.Where(chat => !chat.IsEnded).ToList();
        Simulator.Data.EndChat(onFirstPage[0]);

        var second = await Api.GetJsonAsync(next);

        // Keys would start the second page at open[10]; offsets skip it, as a naive API does.
        Assert.Equal(open[11].Id.ToString(), (string)second["results"]![0]!["id"]!);
    }

    [Fact]
    public async Task Churn_ends_the_oldest_open_chats_per_page_until_its_total_is_used()
    {
        var oldest = Simulator.Data.OwnedChats.Where(chat => !chat.IsEnded).Take(5).ToList();
        Simulator.Listing.SetChurn(perPage: 2, total: 5);

        await Api.ListAllAsync(OpenChats);

        Assert.Equal(0, Simulator.Listing.ChurnLeft);
        Assert.All(oldest, chat => Assert.True(chat.IsEnded));
    }

    [Fact]
    public async Task A_repeated_end_answers_400_when_asked_to()
    {
        var ended = Simulator.Data.OwnedChats.First(chat => chat.IsEnded);
        var path = Api.Org($"owned_chats/{ended.Id}");
        await Api.SendJsonAsync(HttpMethod.Patch, path, """{"is_ended": true}""");
        Simulator.Listing.RefuseRepeatedEnd = true;

        var refused = await Api.SendJsonAsync(HttpMethod.Patch, path, """{"is_ended": true}""", HttpStatusCode.BadRequest);

        Assert.Equal("Chat has already ended.", (string)refused["detail"]!);
    }

    [Fact]
    public async Task The_control_endpoint_sets_and_shows_the_listing_behaviour()
    {
        var answer = await Api.SendJsonAsync(HttpMethod.Put, "_simulator/listing?cursors=offsets&churn=3:7&refuseRepeatedEnd=true", string.Empty);

        Assert.Equal(("offsets", 3, 7, true), ((string)answer["cursors"]!, (int)answer["churnPerPage"]!, (int)answer["churnLeft"]!, (bool)answer["refuseRepeatedEnd"]!));
        Assert.Equal(CursorMode.Offsets, Simulator.Listing.Cursors);
        await Api.SendJsonAsync(HttpMethod.Put, "_simulator/listing?cursors=sideways", string.Empty, HttpStatusCode.BadRequest);
        Assert.Equal(CursorMode.Offsets, Simulator.Listing.Cursors);
    }

    [Fact]
    public void The_command_line_selects_cursors_churn_and_the_400()
    {
        Assert.True(CommandLine.TryParse(["--cursors", "offsets", "--churn", "2:10", "--refuse-repeated-end"], out var commandLine, out var error), error);

        Assert.Equal((CursorMode.Offsets, 2, 10, true), (commandLine.Options.Cursors, commandLine.Options.ChurnPerPage, commandLine.Options.ChurnTotal, commandLine.Options.RefuseRepeatedEnd));
        Assert.False(CommandLine.TryParse(["--cursors", "sideways"], out _, out _));
        Assert.False(CommandLine.TryParse(["--churn", "2"], out _, out _));
    }
}
