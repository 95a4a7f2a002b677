from string import Template

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('${noun}ification costs $$5 ${x}').substitute(noun='verb', x=1.5))
print(Template('$a$b $ab').substitute(a=1, b=2, ab=3))
print(Template('tail $').safe_substitute(), Template('$missing and $here').safe_substitute(here='H'))
print(Template('${missing} ${ok}').safe_substitute(ok=[1]))
print(Template('no placeholders').substitute())
print(Template('$x').template, Template('$_under_1 ${_X}').substitute(_under_1='u', _X='X'))
for tpl, kw in [('$who likes $what', {'who': 'x'}), ('bad $ here', {}), ('line1\n  $1x', {}),
                ('${unclosed', {}), ('$$$', {})]:
    try:
        print(repr(Template(tpl).substitute(**kw)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template('$a ${b} $$c $a').get_identifiers(), Template('$a $').is_valid(), Template('$a').is_valid())
class Pct(Template):
    delimiter = '%'
print(Pct('%name is %% %{x}!').substitute(name='N', x='X'))
class Obj:
    def __str__(self):
        return 'OBJ'
print(Template('[$o]').substitute(o=Obj()))
print(Template('café $é $x').safe_substitute(x='ok'))
