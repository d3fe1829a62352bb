// The editor without reloads: "Preview" renders in place, and unsaved words are autosaved.
// Everything here is an extra: the form works the same without JavaScript. Its words come from
// the form's data attributes, which the page fills in the person's language.
(() => {
    const form = document.querySelector("form.editor");
    if (!form) return;

    const status = document.createElement("p");
    status.className = "form-hint";
    status.setAttribute("role", "status");
    form.querySelector(".editor-actions")?.after(status);

    const handlerUrl = (handler) => {
        const url = new URL(window.location.href);
        url.searchParams.set("handler", handler);
        return url;
    };

    form.querySelector("button[value=Preview]")?.addEventListener("click", async (event) => {
        event.preventDefault();
        const response = await fetch(handlerUrl("Preview"), { method: "POST", body: new FormData(form) });
        if (!response.ok) { status.textContent = form.dataset.previewFailed; return; }
        const preview = document.getElementById("preview");
        preview.querySelector(".preview-body").innerHTML = await response.text(); // sanitised by the server
        preview.hidden = false;
        preview.scrollIntoView({ behavior: "smooth" });
    });

    const autosaveUrl = form.dataset.autosave;
    if (!autosaveUrl) return;
    const snapshot = () => new URLSearchParams(new FormData(form)).toString();
    let saved = snapshot();
    setInterval(async () => {
        const now = snapshot();
        if (now === saved) return;
        const response = await fetch(autosaveUrl, { method: "POST", body: new FormData(form) });
        if (response.ok) {
            saved = now;
            status.textContent = form.dataset.autosaved.replace("{0}", new Date().toLocaleTimeString(document.documentElement.lang));
        }
    }, 15000);
})();
