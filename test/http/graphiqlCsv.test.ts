import { describe, expect, it } from 'vitest';
import { csvField, firstTable, tableCsv } from '../../src/http/graphiql/csv.ts';

describe("GraphiQL's CSV download", () => {
  it('takes the first list of objects, depth first, flattening nested objects', () => {
    const data = {
      region: {
        nama: 'KABUPATEN BEKASI',
        tags: ['a', 'b'],
        children: {
          nodes: [
            { kode: '32.16.01', nama: 'SETU', indicator: { value: 12.5, suppressed: false } },
            { kode: '32.16.02', nama: 'SERANG BARU', indicator: null },
          ],
        },
      },
    };
    expect(firstTable(data)?.length).toBe(2);
    expect(tableCsv(data)).toBe(
      'kode,nama,indicator.value,indicator.suppressed,indicator\r\n' +
        '32.16.01,SETU,12.5,false,\r\n' +
        '32.16.02,SERANG BARU,,,\r\n',
    );
    expect(tableCsv({ region: { nama: 'x' } })).toBeNull();
  });

  it('neutralises text a spreadsheet would run as a formula, like /export', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+62 21 555')).toBe("'+62 21 555");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
    // Numbers are numbers: a negative change stays a negative number.
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField('Desa, Kec.')).toBe('"Desa, Kec."');
    expect(csvField(null)).toBe('');
  });
});
