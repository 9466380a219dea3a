package org.linli.demo.internal;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Chinese personal names for the demonstration district, none given twice. */
final class Names {
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅文辉鹏宇浩然欣怡子涵晨";

    private final Random random;
    private final Set<String> used = new HashSet<>();

    Names(Random random) {
        this.random = random;
    }

    /** A name that may repeat, as names do among residents. */
    String any() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A name not given before by {@link #next}: people holding posts must be told apart by name. */
    String next() {
        while (true) {
            String name = any();
            if (used.add(name)) {
                return name;
            }
        }
    }
}
