// Passkeys: a form marked data-passkey asks Folio for WebAuthn options, hands them to the
// browser (which asks the device's lock), and submits the resulting credential as JSON for
// Folio to check. Browsers without WebAuthn's JSON helpers keep the form hidden. What it says
// comes in the page's language from the form's data-waiting, data-unavailable and data-cancelled.
for (const form of document.querySelectorAll("form[data-passkey]")) {
    if (!window.PublicKeyCredential?.parseCreationOptionsFromJSON) continue;
    form.hidden = false;
    const status = form.querySelector("[role=status]");
    form.addEventListener("submit", async (event) => {
        event.preventDefault();
        status.textContent = form.dataset.waiting;
        try {
            const answer = await fetch(form.dataset.options, { method: "POST", body: new FormData(form) });
            if (!answer.ok) throw new Error(form.dataset.unavailable);
            const options = await answer.json();
            const credential = form.dataset.passkey === "create"
                ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
                : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
            form.elements.credential.value = JSON.stringify(credential);
            form.submit();
        } catch (error) {
            status.textContent = error.name === "NotAllowedError"
                ? form.dataset.cancelled
                : error.message;
        }
    });
}
