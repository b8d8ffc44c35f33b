package dev.retort;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a compiled class refers to, read from its constant pool: class entries, and class names
 * inside field and method descriptors and generic signatures. Also whether it reads {@code System.out}
 * or {@code System.err}.
 */
record ClassFileReferences(String className, Set<String> referencedClasses, boolean usesStandardStreams) {
    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([\\w/$]+)[;<]");

    static ClassFileReferences read(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile)) {
            return parse(new DataInputStream(in));
        }
    }

    private static ClassFileReferences parse(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        int[][] memberRefs = new int[count][];
        int[] nameAndTypeName = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11 -> memberRefs[i] = new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> {
                    nameAndTypeName[i] = in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> in.readInt();
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.readUnsignedShort();
        String self = utf8[classNameIndex[in.readUnsignedShort()]];
        Set<String> referenced = new TreeSet<>();
        boolean streams = false;
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] != 0) {
                addClassName(referenced, utf8[classNameIndex[i]]);
            }
            if (utf8[i] != null) {
                Matcher matcher = DESCRIPTOR_CLASS.matcher(utf8[i]);
                while (matcher.find()) {
                    referenced.add(matcher.group(1).replace('/', '.'));
                }
            }
            if (memberRefs[i] != null && memberRefs[i][0] == 9) {
                String owner = utf8[classNameIndex[memberRefs[i][1]]];
                String field = utf8[nameAndTypeName[memberRefs[i][2]]];
                streams |= owner.equals("java/lang/System") && (field.equals("out") || field.equals("err"));
            }
        }
        referenced.remove(self.replace('/', '.'));
        return new ClassFileReferences(self.replace('/', '.'), referenced, streams);
    }

    private static void addClassName(Set<String> referenced, String name) {
        if (name.startsWith("[")) {
            Matcher matcher = DESCRIPTOR_CLASS.matcher(name);
            while (matcher.find()) {
                referenced.add(matcher.group(1).replace('/', '.'));
            }
        } else {
            referenced.add(name.replace('/', '.'));
        }
    }

    String packageName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
