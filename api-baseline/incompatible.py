#!/usr/bin/env python3
"""Lists the incompatible changes in japicmp's XML reports (target/japicmp/api-check.xml of
each published module), one per line: the japicmp exclude that declares it, then the changes.
Usage: python3 api-baseline/incompatible.py r2p-core r2p-rules r2p-json"""
import sys
import xml.etree.ElementTree as ET

def bad(el, deep=True):
    found = el.iter('compatibilityChange') if deep else el.findall('./compatibilityChanges/compatibilityChange')
    return [c.get('type') for c in found
            if c.get('binaryCompatible') == 'false' or c.get('sourceCompatible') == 'false']

for module in sys.argv[1:]:
    root = ET.parse(f'{module}/target/japicmp/api-check.xml').getroot()
    for cls in root.iter('class'):
        name = cls.get('fullyQualifiedName')
        own = bad(cls, deep=False)
        for part in ('superclass', 'interfaces'):
            for el in cls.findall(f'./{part}'):
                own += bad(el)
        if own:
            print(f'{module}\t{name}\t{cls.get("changeStatus")}\t{",".join(sorted(set(own)))}')
            if cls.get('changeStatus') == 'REMOVED':
                continue
        for kind in ('method', 'constructor'):
            for m in cls.findall(f'./{kind}s/{kind}'):
                changes = bad(m)
                if changes:
                    params = ','.join(p.get('type') for p in m.findall('./parameters/parameter'))
                    simple = name.split('.')[-1].split('$')[-1]
                    if simple.isdigit() or kind == 'constructor' and '$' in name:
                        # an anonymous class (no API), or a nested class's constructor, which
                        # japicmp's excludes do not name: listed whole
                        print(f'{module}\t{name}\t{cls.get("changeStatus")}\t{",".join(sorted(set(changes)))}')
                        continue
                    mname = m.get('name') if kind == 'method' else simple
                    print(f'{module}\t{name}#{mname}({params})\t{m.get("changeStatus")}\t{",".join(sorted(set(changes)))}')
        for f in cls.findall('./fields/field'):
            changes = bad(f)
            if changes:
                print(f'{module}\t{name}#{f.get("name")}\t{f.get("changeStatus")}\t{",".join(sorted(set(changes)))}')
