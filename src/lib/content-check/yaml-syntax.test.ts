import { describe, expect, it } from 'vitest';
import { parseSource } from '../content-source/source.ts';
import { yamlSyntaxProblem } from './syntax.ts';

/** The problem of a YAML file with `text`, as `line: message / fix`. */
function explain(text: string): string {
  const entry = parseSource('dokument', 'remiss-2024', 'content/dokument/remiss-2024.yaml', text);
  if (!entry.syntaxError) return 'inget fel';
  const { line, message, fix } = yamlSyntaxProblem(entry);
  return `${line}: ${message} / ${fix}`;
}

describe('YAML syntax', () => {
  it('names the cause of each mistake editors make, at the line to change, with that line corrected', () => {
    expect({
      colonInValue: explain('title: Förslag\nsummary: Mål: att stärka arbetet\nkind: remiss\n'),
      tab: explain('quotes:\n\t- id: a\n'),
      missingSpace: explain('title: Förslag\nkind:remiss\n'),
      unclosedQuote: explain('title: "Förslag\nkind: remiss\ndescription: Text.\n'),
      quoteInside: explain('title: "Förslaget "Trygg stad" 2024"\n'),
      fieldIndent: explain('title: Förslag\n  kind: remiss\n'),
      duplicateKey: explain('title: Förslag\nkind: remiss\ntitle: Remiss\n'),
      reservedStart: explain('title: @stockholm\n'),
      anchor: explain('title: &Förslag till riktlinjer\n'),
      alias: explain('kind: remiss\ntitle: *viktigt*\n'),
      blockIndicator: explain('title: > Förslag\n'),
      textAfterList: explain('title: [Utkast] Förslag\n'),
      unclosedList: explain('sources: [remiss-2024\nkind: remiss\n'),
      listItemLessIndented: explain('sources:\n  - remiss-2024\n - yttrande-2024\n'),
      listItemMoreIndented: explain('sources:\n  - remiss-2024\n    - yttrande-2024\n'),
      listItemInObjects: explain('quotes:\n  - id: a\n    text: A.\n   - id: b\n    text: B.\n'),
      missingColon: explain('title: Förslag\nbara text\n'),
    }).toMatchInlineSnapshot(`
      {
        "alias": "2: Raden går inte att läsa: värdet börjar med *, som betyder något särskilt i YAML. / Sätt hela värdet inom citattecken: title: "*viktigt*"",
        "anchor": "1: Raden går inte att läsa: värdet börjar med &, som betyder något särskilt i YAML. / Sätt hela värdet inom citattecken: title: "&Förslag till riktlinjer"",
        "blockIndicator": "1: Raden går inte att läsa: värdet börjar med >, som betyder något särskilt i YAML. / Sätt hela värdet inom citattecken: title: "> Förslag"",
        "colonInValue": "2: Raden går inte att läsa: texten innehåller kolon och mellanslag (": "), som läses som början på ett nytt fält. / Sätt hela värdet inom citattecken: summary: "Mål: att stärka arbetet"",
        "duplicateKey": "3: Raden går inte att läsa: fältet title står två gånger, här och på rad 1. / Ta bort den ena raden, eller slå ihop värdena till ett.",
        "fieldIndent": "2: Raden går inte att läsa: fältet kind står längre in än fältet title på rad 1. / Skriv raden utan mellanslag före kind, som title på rad 1: kind: remiss",
        "listItemInObjects": "4: Raden går inte att läsa: punkten står inte lika långt in som punkten på rad 2. / Skriv raden med 2 mellanslag före bindestrecket, som punkten på rad 2: - id: b",
        "listItemLessIndented": "3: Raden går inte att läsa: punkten står inte lika långt in som punkten på rad 2. / Skriv raden med 2 mellanslag före bindestrecket, som punkten på rad 2: - yttrande-2024",
        "listItemMoreIndented": "3: Raden går inte att läsa: punkten står inte lika långt in som punkten på rad 2. / Skriv raden med 2 mellanslag före bindestrecket, som punkten på rad 2: - yttrande-2024",
        "missingColon": "2: Raden går inte att läsa: raden har inget fältnamn med kolon. / Skriv fältets namn, ett kolon och ett mellanslag först (namn: värde). Fortsätter raden texten på raden ovanför, sätt hela texten inom citattecken.",
        "missingSpace": "2: Raden går inte att läsa: det saknas ett mellanslag efter kolonet. / Skriv ett mellanslag efter kolonet: kind: remiss",
        "quoteInside": "1: Raden går inte att läsa: värdet börjar med citattecken, så nästa " avslutar det och resten av raden blir över. / Sätt hela texten inom citattecken av det andra slaget: title: 'Förslaget "Trygg stad" 2024'",
        "reservedStart": "1: Raden går inte att läsa: värdet börjar med @, som betyder något särskilt i YAML. / Sätt hela värdet inom citattecken: title: "@stockholm"",
        "tab": "2: Raden går inte att läsa: raden är indragen med tabb. / Dra in raden med mellanslag i stället för tabb, lika långt som raderna som hör ihop med den.",
        "textAfterList": "1: Raden går inte att läsa: värdet börjar med [, som betyder något särskilt i YAML. / Sätt hela värdet inom citattecken: title: "[Utkast] Förslag"",
        "unclosedList": "1: Raden går inte att läsa: värdet börjar med [ men ] saknas. / Skriv ] sist: sources: [remiss-2024] – eller, om värdet är en text, sätt det inom citattecken: sources: "[remiss-2024"",
        "unclosedQuote": "1: Raden går inte att läsa: citattecknet " i början av värdet stängs aldrig. / Avsluta värdet med samma citattecken: title: "Förslag"",
      }
    `);
  });

  it('reads YAML that has none of these mistakes', () => {
    expect(explain('title: "Mål: trygghet"\nsources:\n- remiss-2024\n- yttrande-2024\nsummary: En text\n  - som fortsätter.\n')).toBe(
      'inget fel',
    );
  });
});
