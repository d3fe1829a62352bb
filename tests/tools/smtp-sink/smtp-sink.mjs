// A real SMTP server for tests, on loopback: node smtp-sink.mjs <folder>
// Writes each message it accepts to <folder> as an .eml file and prints "listening <port>".
import { SMTPServer } from "smtp-server";
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { randomUUID } from "node:crypto";

const folder = process.argv[2];
let received = 0;

const server = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
        const chunks = [];
        stream.on("data", (chunk) => chunks.push(chunk));
        stream.on("end", async () => {
            received += 1;
            const name = join(folder, `${String(received).padStart(5, "0")}-${randomUUID()}.eml`);
            // Written aside, then renamed into place: a test reading the folder never finds half a message.
            await writeFile(`${name}.part`, Buffer.concat(chunks));
            await rename(`${name}.part`, name);
            callback();
        });
    },
});

server.listen(0, "127.0.0.1", () => console.log(`listening ${server.server.address().port}`));
process.stdin.on("end", () => server.close(() => process.exit(0)));
process.stdin.resume();
