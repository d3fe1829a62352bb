namespace Folio.Features.Identity;

/// <summary>What a person deleting their account chose for the comments they wrote on every site.</summary>
public enum DeletedAccountComments
{
    /// <summary>The comments stay, under the name "Deleted user", with no link to anyone.</summary>
    Anonymise,

    /// <summary>The comments are removed with the account.</summary>
    Delete,
}
