// The customiser's live preview: as fields change, the preview frame reloads with the form's
// values. The antiforgery token stays out of the URL. Without script, the "Preview" button does this.
(() => {
    const form = document.querySelector("[data-preview-form]");
    const frame = document.querySelector("[data-preview-frame]");
    if (!form || !frame) return;

    const previewPath = new URL(frame.src, location.href).pathname;
    form.querySelector("[data-preview-button]").remove();

    let timer;
    const refresh = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            const fields = new URLSearchParams(new FormData(form));
            fields.delete("__RequestVerificationToken");
            frame.src = previewPath + "?" + fields;
        }, 300);
    };
    form.addEventListener("input", refresh);
    form.addEventListener("change", refresh);
})();
