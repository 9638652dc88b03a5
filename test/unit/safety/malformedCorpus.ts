import { seedText } from '../../fixtures/frameworkFiles';

export interface MalformedCase {
  name: string;
  bytes: Uint8Array;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** At least 100 broken JSON documents: each is tried as a framework import and as the data file. */
export function malformedCorpus(): MalformedCase[] {
  const seed = seedText('51-8099.00');
  const cases: MalformedCase[] = [];
  const add = (name: string, content: string | Uint8Array): void => {
    cases.push({ name, bytes: typeof content === 'string' ? utf8(content) : content });
  };

  // Truncated at 60 points spread through the document.
  for (let i = 1; i <= 60; i += 1)
    add(`truncated at ${String(i)}/61`, seed.slice(0, Math.floor((seed.length * i) / 61)));
  add('empty', '');
  add('only whitespace', ' \n\t ');
  add('only a byte-order mark', '\uFEFF');
  add('byte-order mark then garbage', '\uFEFF{oops}');
  add('trailing comma in object', '{"schemaVersion":"1.0","occupation":{},}');
  add('trailing comma in array', '{"a":[1,2,3,]}');
  add('trailing comma at the end of the seed', seed.replace(/}\s*$/, ',}'));
  add('single quotes', "{'schemaVersion':'1.0'}");
  add('comments', '{ // a comment\n"a": 1 }');
  add('unquoted keys', '{schemaVersion: "1.0"}');
  add('NaN', '{"a": NaN}');
  add('Infinity', '{"a": Infinity}');
  add('huge number', `{"schemaVersion":1e400,"occupation":{"jobZone":1e400}}`);
  add('huge integer', `{"occupation":{"jobZone":${'9'.repeat(400)}}}`);
  add('negative zero job zone', seed.replace('"jobZone":2', '"jobZone":-0'));
  add('duplicate keys', '{"schemaVersion":"1.0","schemaVersion":"2.0","occupation":{}}');
  add('duplicate level keys', seed.replace('"emerging":{', '"emerging":{"label":"x","statements":[]},"emerging":{'));
  add('nested 100,000 deep arrays', '['.repeat(100_000) + ']'.repeat(100_000));
  add('nested 100,000 deep objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000));
  add('unclosed 100,000 deep', '['.repeat(100_000));
  add('invalid UTF-8 bytes', new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]));
  add('invalid UTF-8 in a seed', new Uint8Array([...utf8(seed.slice(0, 200)), 0xc0, 0xaf, ...utf8(seed.slice(200))]));
  add('UTF-16 encoded', new Uint8Array([0xff, 0xfe, ...Array.from(utf8('{"a":1}')).flatMap((b) => [b, 0])]));
  add('NUL bytes', '{"a":"\u0000"}\u0000\u0000');
  add('control characters in strings', '{"a":"line\u0001break"}');
  add('a lone string', '"just text"');
  add('a number', '42');
  add('null', 'null');
  add('true', 'true');
  add('an array of seeds', `[${seed}]`);
  add('two documents', `${seed}${seed}`);
  add('XML', '<?xml version="1.0"?><framework/>');
  add('CSV', 'soc,title\n51-8099.00,Plant');
  add('HTML', '<html><body>not json</body></html>');
  add('JavaScript', 'module.exports = {}');
  add('escaped garbage', '{"a":"\\x41"}');
  add('bad unicode escape', '{"a":"\\uZZZZ"}');
  add('lone surrogate escape', '{"a":"\\ud800"}');
  add('missing colon', '{"a" 1}');
  add('missing comma', '{"a":1 "b":2}');
  add('unterminated string', '{"a":"never ends');
  add('extra closing brace', `${seed}}`);
  add('all levels null', seed.replace(/"levels":\{[\s\S]*\}\}\},"sources"/, '"levels":null}},"sources"'));
  add('levels an array', seed.replace(/"levels":\{[\s\S]*\}\}\},"sources"/, '"levels":[]}},"sources"'));
  add('schemaVersion a number', seed.replace('"schemaVersion":"1.0"', '"schemaVersion":1'));
  add('data-file shape with a framework inside', `{"schemaVersion":2,"frameworks":[${seed}]}`);
  add('data file from the future', '{"schemaVersion":999}');
  add('data file with negative version', '{"schemaVersion":-1}');
  add('a 50 MB file', `{"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`);
  return cases;
}
