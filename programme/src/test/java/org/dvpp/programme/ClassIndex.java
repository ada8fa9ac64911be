package org.dvpp.programme;

import java.io.IOException;
import java.lang.module.ModuleReader;
import java.util.ArrayList;
import java.util.List;

/** The classes of one package of a named module, read from the module's own contents. */
final class ClassIndex {
    private ClassIndex() {
    }

    static List<Class<?>> classesIn(Module module, String pkg) throws IOException, ClassNotFoundException {
        var resolved = module.getLayer().configuration().findModule(module.getName()).orElseThrow();
        List<Class<?>> out = new ArrayList<>();
        String prefix = pkg.replace('.', '/') + "/";
        try (ModuleReader reader = resolved.reference().open()) {
            for (String name : (Iterable<String>) reader.list()::iterator) {
                if (name.startsWith(prefix) && name.endsWith(".class") && name.indexOf('/', prefix.length()) < 0
                        && !name.endsWith("module-info.class") && !name.endsWith("package-info.class")) {
                    out.add(Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                            module.getClassLoader()));
                }
            }
        }
        return out;
    }
}
