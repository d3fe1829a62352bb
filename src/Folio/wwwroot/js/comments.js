// Fills the guest fields of "Leave a Reply" from what this browser was asked to remember. The
// page itself is cached for everyone, so it never holds anyone's details: they come from here.
(() => {
    const form = document.querySelector("form.comment-form[data-remember=guest]");
    if (!form) return;
    const cookie = document.cookie.split("; ").find((part) => part.startsWith("folio_commenter="));
    if (!cookie) return;
    try {
        const saved = JSON.parse(decodeURIComponent(cookie.slice("folio_commenter=".length)));
        for (const [field, value] of [["Form.Author", saved.Name], ["Form.Email", saved.Email], ["Form.Url", saved.Url]]) {
            const input = form.elements.namedItem(field);
            if (input && !input.value && value) input.value = value;
        }
        form.elements.namedItem("Form.Remember").checked = true;
    } catch {
        // A damaged cookie only means the fields stay empty.
    }
})();
